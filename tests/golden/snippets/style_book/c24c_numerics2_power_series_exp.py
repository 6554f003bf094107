# Section 9.6: truncated Taylor series of exp(x)
import torch

x = torch.tensor([0.5, 1.0, 2.0], dtype=torch.float64)
term = torch.ones_like(x)
total = torch.ones_like(x)
for k in range(1, 15):
    term = term * x / k
    total = total + term
print(total)
print((total - torch.exp(x)).abs() < 1e-9)
