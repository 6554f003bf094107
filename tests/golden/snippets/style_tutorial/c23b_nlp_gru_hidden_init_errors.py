import torch
from torch import nn

gru = nn.GRU(3, 4, num_layers=2)
x = torch.zeros(5, 2, 3)
try:
    gru(x, torch.zeros(1, 2, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    gru(torch.zeros(5, 2, 2))
except Exception as e:
    print(type(e).__name__, e)
out, h = gru(x, torch.zeros(2, 2, 4))
print(out.shape, h.shape)
lstm = nn.LSTM(3, 4)
try:
    lstm(x, torch.zeros(1, 2, 4))
except Exception as e:
    print(type(e).__name__, e)
