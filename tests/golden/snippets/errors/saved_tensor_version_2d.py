import torch

x = torch.ones(2, 3, requires_grad=True, dtype=torch.float64)
y = torch.sigmoid(x)
y.mul_(2)
y.mul_(3)
y.sum().backward()
