# Unbatched (seq, features) input to an LSTM, with unbatched states
import torch
import torch.nn as nn

torch.manual_seed(9)
lstm = nn.LSTM(3, 2)
x = torch.randn(6, 3)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
out, (h, c) = lstm(x, (torch.zeros(1, 2), torch.zeros(1, 2)))
print(out.shape, h.shape)
try:
    lstm(x, (torch.zeros(1, 1, 2), torch.zeros(1, 1, 2)))
except RuntimeError as e:
    print(e)
try:
    lstm(torch.randn(2, 6, 3, 1))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
