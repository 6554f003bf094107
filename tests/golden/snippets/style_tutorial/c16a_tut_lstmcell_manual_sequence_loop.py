# Driving nn.LSTMCell over a sequence by hand and comparing with nn.LSTM sharing its weights
import torch
from torch import nn

torch.manual_seed(1686)
cell = nn.LSTMCell(2, 3)
lstm = nn.LSTM(2, 3)
with torch.no_grad():
    lstm.weight_ih_l0.copy_(cell.weight_ih)
    lstm.weight_hh_l0.copy_(cell.weight_hh)
    lstm.bias_ih_l0.copy_(cell.bias_ih)
    lstm.bias_hh_l0.copy_(cell.bias_hh)
x = torch.randn(4, 1, 2)
h, c = torch.zeros(1, 3), torch.zeros(1, 3)
steps = []
for t in range(x.size(0)):
    h, c = cell(x[t], (h, c))
    steps.append(h)
out, (h_n, c_n) = lstm(x)
print(torch.stack(steps).squeeze(1))
print(out.squeeze(1))
print((torch.stack(steps) - out).abs().max().item(), (c - c_n[0]).abs().max().item())
print(h.grad_fn.name(), c.grad_fn.name())
