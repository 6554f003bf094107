import torch
from torch import nn

torch.manual_seed(15)
lstm = nn.LSTM(4, 6, proj_size=2, batch_first=True)
out, (h, c) = lstm(torch.randn(3, 5, 4))
print(out.shape, h.shape, c.shape)
print([(n, tuple(p.shape)) for n, p in lstm.named_parameters()])
print(lstm)
try:
    nn.LSTM(4, 2, proj_size=3)
except Exception as e:
    print(type(e).__name__, e)
