# One GRU step from scratch with nn.GRUCell's gate layout (r, z, n)
import torch
from torch import nn

torch.manual_seed(7)
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
h_new = (1 - z) * n + z * h
print(torch.allclose(h_new, cell(x, h), atol=1e-6))
print(cell.weight_ih.shape, cell.weight_hh.shape)
