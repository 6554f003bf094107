# An LSTM cell's gates written out by hand against nn.LSTMCell with the same weights.
import torch
import torch.nn as nn

torch.manual_seed(0)
input_size, hidden_size, batch = 3, 4, 2
cell = nn.LSTMCell(input_size, hidden_size)
x = torch.randn(batch, input_size)
h0 = torch.zeros(batch, hidden_size)
c0 = torch.zeros(batch, hidden_size)
h1, c1 = cell(x, (h0, c0))
gates = x @ cell.weight_ih.T + cell.bias_ih + h0 @ cell.weight_hh.T + cell.bias_hh
i, f, g, o = gates.chunk(4, dim=1)
i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
c_manual = f * c0 + i * g
h_manual = o * torch.tanh(c_manual)
print(torch.allclose(h1, h_manual, atol=1e-6), torch.allclose(c1, c_manual, atol=1e-6))
print(h1)
print(cell.weight_ih.shape, cell.weight_hh.shape, cell)
h2, c2 = cell(x)
print(torch.equal(h1, h2))
