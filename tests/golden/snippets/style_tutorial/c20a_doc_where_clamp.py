# torch.where (three-argument and condition-only) and torch.clamp
import torch

torch.manual_seed(0)
x = torch.randn(3, 2)
y = torch.ones(3, 2)
print(x)
print(torch.where(x > 0, 1.0, 0.0))
print(torch.where(x > 0, x, y))
print(torch.where(torch.tensor([[1, 0], [0, 3]])))
a = torch.randn(4)
print(a)
print(torch.clamp(a, min=-0.5, max=0.5))
print(torch.clamp(a, min=0.5))
print(torch.clamp(a, max=torch.tensor([0., 1., -1., 0.5])))
