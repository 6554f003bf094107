import torch
from torch import nn

# Recompute one LSTM step by hand from the packed gate weights (i, f, g, o order)
torch.manual_seed(83)
lstm = nn.LSTM(2, 3)
x = torch.randn(1, 1, 2)
_, (h, c) = lstm(x)
gates = x[0] @ lstm.weight_ih_l0.T + lstm.bias_ih_l0 + lstm.bias_hh_l0
i, f, g, o = gates.chunk(4, dim=1)
c_manual = torch.sigmoid(i) * torch.tanh(g)
h_manual = torch.sigmoid(o) * torch.tanh(c_manual)
print(torch.allclose(c_manual, c[0], atol=1e-6), torch.allclose(h_manual, h[0], atol=1e-6))
print(lstm.weight_ih_l0.shape, gates.shape)
