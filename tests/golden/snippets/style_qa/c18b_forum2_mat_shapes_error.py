# Q: mat1 and mat2 shapes cannot be multiplied - where do these numbers come from?
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
images = torch.randn(8, 1, 32, 32)
try:
    model(images)
except RuntimeError as err:
    print(err)
print(nn.Flatten()(images).shape)
try:
    torch.randn(3) @ torch.randn(4)
except RuntimeError as err:
    print(err)
