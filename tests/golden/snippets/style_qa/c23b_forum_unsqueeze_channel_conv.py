import torch
from torch import nn

conv = nn.Conv2d(1, 2, 3)
img = torch.rand(28, 28)
try:
    conv(img)
except Exception as e:
    print(type(e).__name__, e)
print(conv(img.unsqueeze(0)).shape)
print(conv(img[None, None]).shape)
try:
    conv(torch.rand(4, 3, 28, 28))
except Exception as e:
    print(type(e).__name__, e)
