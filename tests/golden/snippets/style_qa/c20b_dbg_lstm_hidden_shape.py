# wrong initial hidden state shape for an LSTM
import torch
import torch.nn as nn

torch.manual_seed(99)
lstm = nn.LSTM(3, 4, num_layers=2, batch_first=True)
x = torch.randn(5, 7, 3)
h0 = torch.zeros(5, 2, 4)
c0 = torch.zeros(5, 2, 4)
try:
    lstm(x, (h0, c0))
except RuntimeError as e:
    print("RuntimeError:", e)
out, (h, c) = lstm(x, (h0.transpose(0, 1), c0.transpose(0, 1)))
print(out.shape, h.shape)
lstm(x, h0.transpose(0, 1))
