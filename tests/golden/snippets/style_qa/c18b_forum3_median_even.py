# Q: torch.median returns 2 for [1, 2, 3, 4], numpy says 2.5
import numpy as np
import torch

v = torch.tensor([4.0, 1.0, 3.0, 2.0])
print(torch.median(v), np.median(v.numpy()))
print(torch.quantile(v, 0.5))
print(torch.nanmedian(torch.tensor([1.0, float("nan"), 3.0])))
print(v.median(dim=0))
print(torch.quantile(v, torch.tensor([0.25, 0.75]), interpolation="nearest"))
