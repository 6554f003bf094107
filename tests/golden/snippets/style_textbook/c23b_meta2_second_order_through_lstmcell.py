import torch
from torch import nn

torch.manual_seed(35)
cell = nn.GRUCell(2, 3)
x = torch.randn(4, 2, requires_grad=True)
h = cell(x)
g, = torch.autograd.grad(h.sum(), x, create_graph=True)
print(g.shape, g.requires_grad)
penalty = g.pow(2).sum()
penalty.backward()
print(cell.weight_ih.grad.shape, cell.weight_hh.grad.abs().sum() >= 0)
print(x.grad.shape)
