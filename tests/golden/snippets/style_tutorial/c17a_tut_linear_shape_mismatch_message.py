# Forgetting to flatten images before nn.Linear: the shape error and the fix
import torch
from torch import nn

images = torch.randn(3, 1, 5, 5)
fc = nn.Linear(25, 10)
try:
    fc(images)
except RuntimeError as e:
    print("RuntimeError:", e)
print(fc(images.view(images.size(0), -1)).shape)
print(fc(torch.flatten(images, start_dim=1)).shape, nn.Flatten()(images).shape)
try:
    nn.Linear(24, 10)(images.reshape(3, -1))
except RuntimeError as e:
    print("RuntimeError:", e)
