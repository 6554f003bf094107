import torch
from torch import nn

cell = nn.LSTMCell(3, 2)
x = torch.randn(4, 3)
h, c = cell(x)
print(h.shape, c.shape)
h1, c1 = cell(torch.randn(3))
print(h1.shape)
try:
    cell(x, (torch.zeros(4, 2),))
except Exception as e:
    print(type(e).__name__, str(e)[:80])
try:
    cell(x, (torch.zeros(5, 2), torch.zeros(5, 2)))
except Exception as e:
    print(type(e).__name__, e)
