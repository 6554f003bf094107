import torch
import torch.nn as nn

torch.manual_seed(9)
eps = nn.Parameter(torch.zeros(1))
mlp = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(3, 2)
A = torch.tensor([[0., 1., 1.], [1., 0., 0.], [1., 0., 0.]])
h = mlp((1 + eps) * x + A @ x)
print(h)
h.sum().backward()
print(eps.grad)
print(sum(p.numel() for p in mlp.parameters()))
