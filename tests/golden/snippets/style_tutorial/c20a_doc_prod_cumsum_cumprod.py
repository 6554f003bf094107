# torch.prod, cumsum and cumprod
import torch

torch.manual_seed(0)
a = torch.randn(1, 3)
print(a)
print(torch.prod(a))
a = torch.randn(4, 2)
print(torch.prod(a, 1))
b = torch.randn(10)
print(b)
print(torch.cumsum(b, dim=0))
print(torch.cumprod(b, dim=0))
c = torch.arange(1, 7).reshape(2, 3)
print(c.cumsum(1), c.cumprod(dim=0))
