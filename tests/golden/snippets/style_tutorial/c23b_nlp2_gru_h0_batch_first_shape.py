import torch
from torch import nn

gru = nn.GRU(3, 4, batch_first=True)
x = torch.randn(2, 5, 3)
try:
    gru(x, torch.zeros(2, 1, 4))
except Exception as e:
    print(type(e).__name__, e)
out, h = gru(x, torch.zeros(1, 2, 4))
print(out.shape, h.shape)
out1, h1 = gru(torch.randn(5, 3))
print(out1.shape, h1.shape)
try:
    gru(torch.randn(5, 3), torch.zeros(1, 2, 4))
except Exception as e:
    print(type(e).__name__, e)
