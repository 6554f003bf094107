import torch
from torch import nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3), nn.ReLU())
sample = torch.randn(4)
print(model(sample.unsqueeze(0).repeat(2, 1)).shape)
try:
    model(sample.unsqueeze(0))
except Exception as e:
    print(type(e).__name__, e)
model.eval()
print(model(sample.unsqueeze(0)).shape)
try:
    model(sample)
except Exception as e:
    print(type(e).__name__, e)
