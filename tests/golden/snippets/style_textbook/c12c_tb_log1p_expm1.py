# Numerics chapter: log1p and expm1 for tiny arguments.
import torch

x = torch.tensor([1e-3, 1e-5, 1e-7, 1e-9])
print(torch.log(1 + x))
print(torch.log1p(x))
print(torch.exp(x) - 1)
print(torch.expm1(x))
xd = x.double()
print(torch.log1p(xd))
print((torch.log1p(x).double() - torch.log1p(xd)).abs() / torch.log1p(xd))
print(torch.special.expm1(torch.tensor(1e-10, dtype=torch.float64)).item())
