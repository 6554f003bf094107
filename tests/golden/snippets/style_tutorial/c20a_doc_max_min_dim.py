# torch.max and torch.min: whole tensor, along a dim, and elementwise
import torch

torch.manual_seed(0)
a = torch.randn(4, 4)
print(a)
print(torch.max(a))
print(torch.max(a, 1))
values, indices = torch.min(a, dim=0, keepdim=True)
print(values, indices)
b = torch.randn(4)
c = torch.randn(4)
print(torch.maximum(b, c))
print(torch.minimum(b, c))
