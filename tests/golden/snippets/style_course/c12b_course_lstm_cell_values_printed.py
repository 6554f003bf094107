# course: one LSTMCell step and a 3-step nn.LSTM, hidden and cell states printed.
import torch
import torch.nn as nn

torch.manual_seed(7)
cell = nn.LSTMCell(3, 2)
x = torch.randn(2, 3)
h, c = cell(x)
print(h)
print(c)
h2, c2 = cell(x, (h, c))
print(h2, c2)
lstm = nn.LSTM(3, 2, num_layers=2)
out, (hn, cn) = lstm(torch.randn(3, 1, 3))
print(out)
print(hn)
print(cn.shape, hn[-1] - out[-1])
