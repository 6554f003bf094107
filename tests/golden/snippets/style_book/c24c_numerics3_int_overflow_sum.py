# Section 5.21: int32 products and sums
import torch

x = torch.tensor([100000, 100000], dtype=torch.int32)
print(x * x, (x * x).dtype)
print(x.prod(), x.prod().dtype)
print(x.sum(dtype=torch.int32), x.to(torch.int64) * x)
print(torch.tensor([2**62]) * 4)
print(torch.tensor([-128], dtype=torch.int8).abs(), torch.tensor([-128], dtype=torch.int8).neg())
