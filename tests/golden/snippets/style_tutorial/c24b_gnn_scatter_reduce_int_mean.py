# integer features: scatter_reduce mean floors, amax keeps dtype
import torch

src = torch.tensor([7, 2, 8, 3, 5])
index = torch.tensor([1, 1, 0, 2, 2])
out = torch.zeros(3, dtype=torch.long)
print(out.scatter_reduce(0, index, src, reduce="mean"))
print(out.scatter_reduce(0, index, src, reduce="mean", include_self=False))
print(out.scatter_reduce(0, index, src, reduce="amax", include_self=False).dtype)
try:
    out.scatter_reduce(0, index, src, reduce="max")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    out.scatter_reduce(0, index, src.float(), reduce="sum")
except RuntimeError as e:
    print("RuntimeError:", e)
