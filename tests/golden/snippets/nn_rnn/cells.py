import torch
import torch.nn as nn

torch.manual_seed(0)
cell = nn.RNNCell(3, 2)
lstm_cell = nn.LSTMCell(3, 2)
gru_cell = nn.GRUCell(3, 2)
print(cell, lstm_cell, gru_cell, nn.RNNCell(3, 2, bias=False, nonlinearity="relu"))
x = torch.randn(4, 3)
h = cell(x)
print(h, h.grad_fn)
hy, cy = lstm_cell(x)
print(hy.grad_fn, cy.grad_fn)
print(cy)
print(gru_cell(x[0]), gru_cell(x[0]).grad_fn)
