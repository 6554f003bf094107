# Section 3.7: vectorised bisection -- many roots at once
import torch

targets = torch.tensor([2.0, 3.0, 10.0], dtype=torch.float64)
lo = torch.zeros(3, dtype=torch.float64)
hi = torch.full((3,), 4.0, dtype=torch.float64)
for _ in range(50):
    mid = (lo + hi) / 2
    too_big = mid * mid > targets
    hi = torch.where(too_big, mid, hi)
    lo = torch.where(too_big, lo, mid)
print(((lo + hi) / 2).tolist())
