# Output, h_n and c_n shapes for stacked and bidirectional LSTMs
import torch
from torch import nn

torch.manual_seed(1628)
x = torch.randn(4, 7, 3)  # batch, seq, feature
for layers, bidir in [(1, False), (2, False), (1, True), (2, True)]:
    lstm = nn.LSTM(3, 5, num_layers=layers, bidirectional=bidir, batch_first=True)
    out, (h, c) = lstm(x)
    print(layers, bidir, tuple(out.shape), tuple(h.shape), tuple(c.shape))
lstm = nn.LSTM(3, 5)
print(lstm)
print([name for name, _ in lstm.named_parameters()])
print(lstm.weight_ih_l0.shape, lstm.weight_hh_l0.shape)
