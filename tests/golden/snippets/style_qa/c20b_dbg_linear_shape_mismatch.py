# mat1 and mat2 shapes cannot be multiplied
import torch
import torch.nn as nn

torch.manual_seed(16)
model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10))
imgs = torch.randn(2, 1, 28, 28)
print(model(imgs).shape)
small = torch.randn(2, 1, 14, 14)
model(small)
