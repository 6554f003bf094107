# Setting the LSTM forget-gate bias to 1 through the packed bias vector
import torch
import torch.nn as nn

lstm = nn.LSTM(2, 3)
H = lstm.hidden_size
for name, p in lstm.named_parameters():
    if 'bias' in name:
        with torch.no_grad():
            p.zero_()
            p[H:2 * H].fill_(1.0)
print(lstm.bias_ih_l0)
print(lstm.bias_hh_l0.view(4, H))
print(lstm.bias_ih_l0.chunk(4))
