# Compounding daily returns with cumprod, drawdowns with cummax
import torch

r = torch.tensor([0.01, -0.02, 0.03, -0.05, 0.02], dtype=torch.float64)
wealth = torch.cumprod(1 + r, dim=0)
print(wealth)
peak = torch.cummax(wealth, dim=0).values
print(peak)
print(((wealth - peak) / peak).min())
print(torch.cummin(wealth, 0))
print(torch.logcumsumexp(torch.tensor([0.0, 0.0, 0.0]), 0))
