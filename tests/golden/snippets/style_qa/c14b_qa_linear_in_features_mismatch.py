# Q: "mat1 and mat2 shapes cannot be multiplied (4x12 and 10x5)": the Linear's in_features is wrong.
import torch
from torch import nn

torch.manual_seed(45)
model = nn.Sequential(nn.Linear(10, 5), nn.ReLU(), nn.Linear(5, 1))
x = torch.randn(4, 3, 4)
try:
    model(x.flatten(1))
except RuntimeError as e:
    print(e)
try:
    model(x)
except RuntimeError as e:
    print(e)
model[0] = nn.Linear(12, 5)
print(model(x.flatten(1)).shape)
print(model(x.view(x.size(0), -1)).squeeze(1))
a, b = torch.ones(2, 3), torch.ones(2, 3)
try:
    torch.mm(a, b)
except RuntimeError as e:
    print(e)
print(torch.mm(a, b.T))
