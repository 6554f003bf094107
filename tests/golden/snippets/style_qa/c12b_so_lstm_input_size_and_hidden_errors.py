# Q: LSTM "input.size(-1) must be equal to input_size" and hidden state shape errors; batch_first confusion.
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=3, batch_first=True)
x = torch.randn(2, 5, 4)
try:
    lstm(torch.randn(2, 5, 3))
except RuntimeError as e:
    print(e)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
try:
    lstm(x, (torch.zeros(2, 3), torch.zeros(2, 3)))
except RuntimeError as e:
    print(e)
try:
    lstm(x, (torch.zeros(1, 2, 4), torch.zeros(1, 2, 3)))
except RuntimeError as e:
    print(e)
try:
    lstm(x, torch.zeros(1, 2, 3))
except (RuntimeError, TypeError, ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(torch.allclose(out[:, -1], h[0]))
gru = nn.GRU(4, 3)
o2, h2 = gru(x)
print(o2.shape, h2.shape)
print(lstm(torch.randn(5, 4))[0].shape)
try:
    lstm(torch.randn(2, 3, 5, 4))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
