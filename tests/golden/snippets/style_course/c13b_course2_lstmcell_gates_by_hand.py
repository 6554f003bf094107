# Course assignment: LSTM cell step by hand (input, forget, cell, output gates) vs nn.LSTMCell.
import torch
import torch.nn as nn

torch.manual_seed(63)
cell = nn.LSTMCell(2, 3)
x = torch.randn(2, 2)
h = torch.zeros(2, 3)
c = torch.zeros(2, 3)
for step in range(3):
    gates = x @ cell.weight_ih.T + cell.bias_ih + h @ cell.weight_hh.T + cell.bias_hh
    i, f, g, o = gates.chunk(4, dim=1)
    i, f, g, o = torch.sigmoid(i), torch.sigmoid(f), torch.tanh(g), torch.sigmoid(o)
    c_new = f * c + i * g
    h_new = o * torch.tanh(c_new)
    h_ref, c_ref = cell(x, (h, c))
    print(step, torch.allclose(h_new, h_ref, atol=1e-6), torch.allclose(c_new, c_ref, atol=1e-6))
    h, c = h_ref, c_ref
print(h)
print(c)
print(f.mean().item() > 0, o.shape)
with torch.no_grad():
    cell.bias_ih[3:6] = 1.0
print(cell.bias_ih)
