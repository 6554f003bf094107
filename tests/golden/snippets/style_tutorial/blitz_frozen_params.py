# Freezing all parameters except a new classifier head.
import torch
from torch import nn, optim

torch.manual_seed(8)
model = nn.Sequential(nn.Linear(8, 6), nn.ReLU(), nn.Linear(6, 4))
for param in model.parameters():
    param.requires_grad = False
model[2] = nn.Linear(6, 3)
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
x = torch.rand(2, 8)
y = torch.rand(3, 3)
z = torch.rand((5, 5), requires_grad=True)
a = x + x
print(f"Does `a` require gradients?: {a.requires_grad}")
b = z + z
print(f"Does `b` require gradients?: {b.requires_grad}")
out = model(x).sum()
out.backward()
print([p.grad is None for p in model.parameters()])
print(model[2].bias.grad)
