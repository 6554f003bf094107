# Q: per-class sums and counts: scatter_add_, index_add_, bincount with weights, and scatter_reduce mean.
import torch

vals = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
cls = torch.tensor([0, 2, 0, 1, 2, 2])
s1 = torch.zeros(3).scatter_add_(0, cls, vals)
s2 = torch.zeros(3).index_add_(0, cls, vals)
s3 = torch.bincount(cls, weights=vals)
print(s1, s2, s3, s3.dtype)
counts = torch.bincount(cls, minlength=4)
print(counts, counts.dtype)
print(s1 / counts[:3])
print(torch.zeros(3).scatter_reduce(0, cls, vals, reduce="mean", include_self=False))
print(torch.zeros(3).scatter_reduce(0, cls, vals, reduce="amax"))
print(torch.full((3,), 10.0).scatter_reduce(0, cls, vals, reduce="amin", include_self=True))
feats = torch.arange(12.0).view(6, 2)
print(torch.zeros(3, 2).index_add_(0, cls, feats))
print(torch.histc(vals, bins=3, min=0, max=6))
try:
    torch.zeros(3).scatter_add_(0, cls.float(), vals)
except RuntimeError as e:
    print("RuntimeError:", e)
