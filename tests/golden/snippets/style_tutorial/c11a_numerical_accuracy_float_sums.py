# Numerical accuracy doc: float32 sums depend on order, extremal values, and float64 vs float32 comparisons.
import torch

a = torch.tensor([1e20, 1.0, -1e20])
print(a.sum(), a[0] + a[2] + a[1])
b = torch.tensor([1e8, 1.0, -1e8], dtype=torch.float64)
print(b.sum())
x = torch.rand(1000, dtype=torch.float64)
print(torch.allclose(x.sum(), x.float().sum().double()))
print(torch.finfo(torch.float32).max, torch.finfo(torch.float32).tiny)
print(torch.tensor(3.4e38) * 10, -torch.tensor(3.4e38) * 10)
print(torch.tensor([1.0, 2.0]) / 0, torch.tensor(0.0) / 0)
print(torch.tensor(1e-45), torch.tensor(1e-46), torch.tensor(1e-39).item())
v = torch.full((10,), 0.1)
print(v.sum().item(), sum(v.tolist()), 0.1 * 10)
print(torch.tensor(16777217.0), torch.tensor(16777217.0, dtype=torch.float64))
print(torch.tensor([0.1, 0.2]).sum() == torch.tensor(0.3))
print(torch.isclose(torch.tensor([0.1, 0.2]).sum(), torch.tensor(0.3)))
print(torch.exp(torch.tensor([88.0, 89.0, -104.0])), torch.log(torch.tensor([0.0, -1.0])))
