import torch
from torch import nn

torch.manual_seed(42)
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 1))
for name, p in model.named_parameters():
    print(name, p)
x = torch.tensor([[1.0, 2.0, 3.0, 4.0]])
print(model(x))
