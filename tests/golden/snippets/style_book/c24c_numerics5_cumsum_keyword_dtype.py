# Exercise 6.B: cumulative ops with dtype= and out=
import torch

x = torch.tensor([1, 2, 3], dtype=torch.int8)
print(torch.cumsum(x, dim=0, dtype=torch.float32), torch.cumprod(x, 0, dtype=torch.int64))
out = torch.empty(3, dtype=torch.int64)
print(torch.cumsum(x, 0, out=out), out)
try:
    torch.cumsum(x, 0, out=torch.empty(3, dtype=torch.int8), dtype=torch.int64)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.cumsum(dim=-1).dtype, x.sum(dtype=torch.int8))
