# Section 3.6: fixed-point iteration x = cos(x) and its convergence
import torch

x = torch.tensor(1.0, dtype=torch.float64)
for k in range(60):
    x_new = torch.cos(x)
    if (x_new - x).abs() < 1e-10:
        break
    x = x_new
print(k, round(x.item(), 8))
