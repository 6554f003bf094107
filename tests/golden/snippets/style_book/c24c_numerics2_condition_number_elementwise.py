# Section 5.18: relative condition number of f(x) = x - 1 near 1
import torch

x = torch.tensor([1.001, 1.0001, 1.00001], dtype=torch.float32)
exact = torch.tensor([1e-3, 1e-4, 1e-5], dtype=torch.float64)
rel = ((x - 1).double() - exact).abs() / exact
print(x - 1)
print(rel)
print((x.double() - 1 - exact).abs().max() < 1e-7)
