# Q: why does cumsum of my uint8 mask give int64?
import torch

mask = torch.tensor([1, 0, 1, 1], dtype=torch.uint8)
print(mask.cumsum(0), mask.cumsum(0).dtype)
print(mask.sum().dtype, mask.bool().sum().dtype)
print(torch.tensor([True, True]).prod())
print(mask.float().cumprod(0))
print(torch.tensor([1, 2], dtype=torch.int32).sum().dtype)
