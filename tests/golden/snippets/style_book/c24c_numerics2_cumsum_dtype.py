# Section 6.8: cumsum and sum promote small integer types
import torch

u = torch.tensor([200, 100, 50], dtype=torch.uint8)
print(u.sum(), u.sum().dtype, u.cumsum(0), u.cumsum(0).dtype)
print(u.cumsum(0, dtype=torch.uint8))
i = torch.tensor([1, 2, 3], dtype=torch.int32)
print(i.prod().dtype, i.cumprod(0).dtype, torch.tensor([True, True]).sum())
print(torch.tensor([0.5, 0.25], dtype=torch.float16).cumsum(0).dtype)
