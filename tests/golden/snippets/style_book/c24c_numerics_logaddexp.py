# Section 6.5: logaddexp and log1p/expm1 for small arguments
import torch

a = torch.tensor([0.0, 500.0, -500.0])
b = torch.tensor([0.0, 500.0, -501.0])
print(torch.logaddexp(a, b))
t = torch.tensor([1e-10, 1e-5], dtype=torch.float64)
print(torch.log(1 + t), torch.log1p(t))
print(torch.exp(t) - 1, torch.expm1(t))
print(torch.logaddexp2(torch.tensor([3.0]), torch.tensor([3.0])))
