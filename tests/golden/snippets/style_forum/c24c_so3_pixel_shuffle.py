# Q: PixelShuffle channel requirement
import torch
import torch.nn as nn

ps = nn.PixelShuffle(2)
x = torch.arange(8.0).reshape(1, 8, 1, 1)
print(ps(x).shape)
print(ps(x)[0, 0])
try:
    ps(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.PixelUnshuffle(2)(torch.zeros(1, 1, 4, 4)).shape, ps)
