# RNN chapter: one GRU step from scratch with each gate printed, vs nn.GRUCell.
import torch
from torch import nn

torch.manual_seed(0)
cell = nn.GRUCell(3, 2)
x = torch.randn(1, 3)
h = torch.randn(1, 2)
W_ir, W_iz, W_in = cell.weight_ih.chunk(3, 0)
W_hr, W_hz, W_hn = cell.weight_hh.chunk(3, 0)
b_ir, b_iz, b_in = cell.bias_ih.chunk(3)
b_hr, b_hz, b_hn = cell.bias_hh.chunk(3)
r = torch.sigmoid(x @ W_ir.T + b_ir + h @ W_hr.T + b_hr)
z = torch.sigmoid(x @ W_iz.T + b_iz + h @ W_hz.T + b_hz)
n = torch.tanh(x @ W_in.T + b_in + r * (h @ W_hn.T + b_hn))
h_new = (1 - z) * n + z * h
print("reset", r)
print("update", z)
print("candidate", n)
print(h_new)
print(cell(x, h))
print(torch.allclose(h_new, cell(x, h), atol=1e-6))
