# Quiz 70: sum of int32 values that overflow
import torch

x = torch.tensor([2**30, 2**30, 2**30], dtype=torch.int32)
print(x.sum(), x.sum().dtype)
print(x + x)
print(x.sum(dtype=torch.int32))
print(x.cumsum(0))
print((x * 4).dtype, x * 4)
print(x.float().sum())
