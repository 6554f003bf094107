# Section 9.9: least-squares line by the closed-form sums
import torch

x = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0], dtype=torch.float64)
y = torch.tensor([1.0, 3.1, 4.9, 7.2, 8.8], dtype=torch.float64)
n = x.numel()
sx, sy, sxx, sxy = x.sum(), y.sum(), (x * x).sum(), (x * y).sum()
slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
icpt = (sy - slope * sx) / n
print(round(slope.item(), 10), round(icpt.item(), 10))
resid = y - (slope * x + icpt)
print(resid.round(decimals=6), round(resid.sum().item(), 10))
