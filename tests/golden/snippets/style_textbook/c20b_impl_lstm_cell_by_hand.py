# LSTM cell by hand vs nn.LSTMCell, including gradients
import torch
import torch.nn as nn

torch.manual_seed(10)
cell = nn.LSTMCell(2, 3)
x = torch.randn(2, 2)
h0, c0 = torch.zeros(2, 3), torch.zeros(2, 3)
def my_lstm(x, h, c):
    gates = x @ cell.weight_ih.t() + cell.bias_ih + h @ cell.weight_hh.t() + cell.bias_hh
    i, f, g, o = gates.chunk(4, dim=1)
    c2 = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
    return torch.sigmoid(o) * torch.tanh(c2), c2
h1, c1 = my_lstm(x, h0, c0)
h2, c2 = cell(x, (h0, c0))
print(h1)
print(torch.allclose(h1, h2, atol=1e-6), torch.allclose(c1, c2, atol=1e-6))
ga = torch.autograd.grad(h1.sum() + c1.sum(), cell.weight_ih)[0]
gb = torch.autograd.grad(h2.sum() + c2.sum(), cell.weight_ih)[0]
print(torch.allclose(ga, gb, atol=1e-6), ga.shape)
