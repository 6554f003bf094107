import torch
import torch.nn as nn

torch.manual_seed(4)
lstm = nn.LSTM(3, 2, num_layers=1)
h0 = torch.randn(1, 2, 2)
c0 = torch.randn(1, 2, 2)
x = torch.randn(4, 2, 3)
out, (h, c) = lstm(x, (h0, c0))
print(out[-1])
out2, state = lstm(x[2:], (h0, c0))
print(out2.shape, state[0])
try:
    lstm(x, (h0[0], c0))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lstm(x, (torch.zeros(2, 2, 2), c0))
except RuntimeError as e:
    print(type(e).__name__, e)
