# torch.cummax, cummin, logcumsumexp and trapezoid, cumulative_trapezoid
import torch

torch.manual_seed(0)
a = torch.randn(8)
print(a)
print(torch.cummax(a, dim=0))
print(torch.cummin(a, dim=0))
print(torch.logcumsumexp(a, dim=0))
y = torch.tensor([1, 5, 10])
print(torch.trapezoid(y))
print(torch.trapezoid(y, dx=2))
print(torch.trapezoid(y, x=torch.tensor([1, 3, 6])))
print(torch.cumulative_trapezoid(y))
