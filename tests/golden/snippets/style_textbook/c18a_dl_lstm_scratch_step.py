# One LSTM step by hand (gates i, f, g, o) against nn.LSTM for a length-1 sequence
import torch
from torch import nn

torch.manual_seed(8)
lstm = nn.LSTM(2, 3)
x = torch.randn(1, 5, 2)
h0 = torch.zeros(1, 5, 3); c0 = torch.zeros(1, 5, 3)
out, (hn, cn) = lstm(x, (h0, c0))
gates = x[0] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + h0[0] @ lstm.weight_hh_l0.T + lstm.bias_hh_l0
i, f, g, o = gates.chunk(4, dim=1)
c = torch.sigmoid(f) * c0[0] + torch.sigmoid(i) * torch.tanh(g)
h = torch.sigmoid(o) * torch.tanh(c)
print(torch.allclose(h, hn[0], atol=1e-6), torch.allclose(c, cn[0], atol=1e-6))
print(out.shape, hn.shape, cn.shape)
