# Passing (h0, c0) with the wrong shapes to an LSTM
import torch
import torch.nn as nn

torch.manual_seed(2)
lstm = nn.LSTM(input_size=2, hidden_size=4, batch_first=True)
x = torch.randn(3, 5, 2)
h0 = torch.zeros(1, 3, 4)
c0 = torch.zeros(1, 3, 4)
out, (h, c) = lstm(x, (h0, c0))
print(out.shape, h.shape, c.shape)
try:
    lstm(x, (torch.zeros(3, 4), c0))
except RuntimeError as e:
    print(e)
try:
    lstm(x, (torch.zeros(1, 2, 4), c0))
except RuntimeError as e:
    print(e)
try:
    lstm(x, (h0, torch.zeros(1, 3, 5)))
except RuntimeError as e:
    print(e)
try:
    lstm(x, h0)
except (RuntimeError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
