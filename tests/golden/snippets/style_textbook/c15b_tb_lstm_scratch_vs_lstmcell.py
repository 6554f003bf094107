# LSTM cell from scratch, checked against nn.LSTMCell using the same weights.
import torch
from torch import nn

torch.manual_seed(7)
cell = nn.LSTMCell(3, 2)
x = torch.randn(4, 3)
h0 = torch.zeros(4, 2)
c0 = torch.zeros(4, 2)
gates = x @ cell.weight_ih.T + cell.bias_ih + h0 @ cell.weight_hh.T + cell.bias_hh
i, f, g, o = gates.chunk(4, dim=1)
I, F, G, O = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
c1 = F * c0 + I * G
h1 = O * torch.tanh(c1)
h_ref, c_ref = cell(x, (h0, c0))
print(h1)
print(torch.allclose(h1, h_ref), torch.allclose(c1, c_ref))
print(h_ref.grad_fn is not None, cell.weight_ih.shape, cell.weight_hh.shape)
h_ref.sum().backward()
print(cell.bias_hh.grad)
