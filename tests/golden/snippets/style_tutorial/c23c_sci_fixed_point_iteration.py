# Fixed-point iteration x = cos(x) in float64 with a convergence test.
import torch

x = torch.tensor(1.0, dtype=torch.float64)
for i in range(100):
    nxt = torch.cos(x)
    if (nxt - x).abs() < 1e-10:
        break
    x = nxt
print(i, round(x.item(), 8))
print(torch.isclose(torch.cos(x), x, atol=1e-9).item())
