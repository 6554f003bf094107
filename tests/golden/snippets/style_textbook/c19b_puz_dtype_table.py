# Puzzle notes: dtype of arange-based results
import torch

r = torch.arange(4)
exprs = {"r": r, "r/2": r / 2, "r//2": r // 2, "r*1.0": r * 1.0, "r>1": r > 1, "r.sum()": r.sum(),
         "r.float().mean()": r.float().mean(), "r**2": r ** 2, "r**0.5": r ** 0.5, "torch.sqrt(r)": torch.sqrt(r),
         "r.bool().sum()": r.bool().sum(), "r.prod()": r.prod(), "r.double() + r": r.double() + r}
for k, v in exprs.items():
    print(f"{k:18s} {v.dtype}")
