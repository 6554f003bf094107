# Initialising an LSTM: orthogonal recurrent weights, Xavier input weights, forget-gate bias set to 1.
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(3, 4)
for name, param in lstm.named_parameters():
    if "weight_ih" in name:
        nn.init.xavier_uniform_(param.data)
    elif "weight_hh" in name:
        nn.init.orthogonal_(param.data)
    elif "bias" in name:
        param.data.fill_(0)
        n = param.size(0)
        param.data[n // 4:n // 2].fill_(1)
w = lstm.weight_hh_l0.data
print(w.shape)
q = w[:4]
print(torch.allclose(q @ q.T, torch.eye(4), atol=1e-5))
print(lstm.bias_ih_l0)
out, (h, c) = lstm(torch.ones(2, 1, 3))
print(out.shape, h.round(decimals=4))
print(nn.init.orthogonal_(torch.empty(2, 3)).shape)
