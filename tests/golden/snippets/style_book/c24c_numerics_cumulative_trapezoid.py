# Section 10.2: the running integral
import torch

x = torch.linspace(0, 2, 5, dtype=torch.float64)
v = 3 * x * x
F = torch.cumulative_trapezoid(v, x)
print(F, F.shape)
print(torch.cumulative_trapezoid(torch.tensor([1, 2, 3])))
print(torch.cumulative_trapezoid(torch.ones(2, 4), dx=0.5, dim=1))
