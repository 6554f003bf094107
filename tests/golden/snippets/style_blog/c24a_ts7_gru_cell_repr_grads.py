# A GRUCell's repr, parameters and grad_fn of its output
import torch
import torch.nn as nn

torch.manual_seed(61)
cell = nn.GRUCell(2, 2, bias=False)
print(cell)
h = cell(torch.ones(1, 2))
print(h.grad_fn.name(), h.shape)
h.sum().backward()
print([p.grad.shape for p in cell.parameters()])
print(nn.RNNCell(2, 3, nonlinearity='relu'))
print(nn.LSTMCell(2, 3, bias=False))
