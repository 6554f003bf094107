import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.LazyLinear(4), nn.ReLU(), nn.LazyLinear(1))
print(model)
print(model[0].weight)
y = model(torch.randn(2, 3))
print(model)
print(model[0].weight.shape, model[2].weight)
print(y)
print(type(model[0]).__name__)
