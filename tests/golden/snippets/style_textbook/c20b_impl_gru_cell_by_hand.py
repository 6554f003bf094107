# GRU cell by hand using nn.GRUCell's own weights
import torch
import torch.nn as nn

torch.manual_seed(9)
cell = nn.GRUCell(3, 2)
x = torch.randn(4, 3)
h = torch.randn(4, 2)
gi = x @ cell.weight_ih.T + cell.bias_ih
gh = h @ cell.weight_hh.T + cell.bias_hh
i_r, i_z, i_n = gi.chunk(3, 1)
h_r, h_z, h_n = gh.chunk(3, 1)
r = torch.sigmoid(i_r + h_r)
z = torch.sigmoid(i_z + h_z)
n = torch.tanh(i_n + r * h_n)
mine = (1 - z) * n + z * h
print(mine)
print(cell(x, h))
print(torch.allclose(mine, cell(x, h), atol=1e-6))
