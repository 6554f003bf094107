# Q: mat1 and mat2 shapes cannot be multiplied after flattening images
import torch
from torch import nn

torch.manual_seed(0)
imgs = torch.randn(3, 1, 5, 5)
fc = nn.Linear(24, 12)
try:
    fc(imgs.flatten(1))
except RuntimeError as e:
    print(e)
try:
    fc(imgs)
except RuntimeError as e:
    print(e)
print(nn.Linear(25, 12)(imgs.flatten(1)).shape)
