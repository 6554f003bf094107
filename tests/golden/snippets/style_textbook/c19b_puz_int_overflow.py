# Puzzle: the arange trick overflows in small integer dtypes
import torch

a = torch.arange(120, 130, dtype=torch.int8)
print(a)
print(a + 10)
print(a * 2)
u = torch.arange(250, 256, dtype=torch.uint8)
print(u + 10, u.sum(), u.sum().dtype)
print(torch.tensor([2**31 - 1], dtype=torch.int32) + 1)
print(torch.iinfo(torch.int8).max, torch.iinfo(torch.uint8))
