# Q: mat1 and mat2 shapes cannot be multiplied after flattening images
import torch
from torch import nn

torch.manual_seed(0)
imgs = torch.randn(4, 1, 5, 5)
fc = nn.Linear(20, 10)
try:
    fc(imgs.flatten(1))
except RuntimeError as e:
    print(e)
try:
    fc(imgs)
except RuntimeError as e:
    print(e)
print(nn.Linear(25, 10)(imgs.flatten(1)).shape)
