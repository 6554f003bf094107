# Section 1.3: logspace and building a geometric grid
import torch

print(torch.logspace(0, 3, 4))
print(torch.logspace(0, 3, 4, base=2))
print(torch.logspace(-2, 0, 3, dtype=torch.float64))
r = 10 ** torch.linspace(0, 2, 3)
print(r)
