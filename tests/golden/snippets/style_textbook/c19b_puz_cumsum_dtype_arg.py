# Puzzle: cumsum/cumprod/sum with an explicit dtype
import torch

b = torch.tensor([True, True, False, True])
print(b.cumsum(0, dtype=torch.int32))
print(torch.cumsum(b, dim=0, dtype=torch.float64))
x = torch.tensor([100, 100, 100], dtype=torch.int8)
print(x.cumsum(0, dtype=torch.int8))
print(x.cumprod(0, dtype=torch.int16))
print(x.sum(dtype=torch.int8), x.prod(dtype=torch.float32))
print(torch.tensor([0.5, 0.25]).cumsum(0, dtype=torch.float16))
