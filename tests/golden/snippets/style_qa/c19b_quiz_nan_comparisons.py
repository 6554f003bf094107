# Quiz 15: NaN is not equal to itself
import torch

n = torch.tensor([float("nan"), 1.0])
print(n == n)
print(n != n)
print(torch.isnan(n))
print(n.max(), n.min(), n.sum())
print(torch.nanmean(n), n.nansum())
print(torch.equal(n, n))
print(torch.allclose(n, n), torch.allclose(n, n, equal_nan=True))
print(torch.maximum(n, torch.tensor([0.0, 2.0])))
print(torch.fmax(n, torch.tensor([0.0, 2.0])))
