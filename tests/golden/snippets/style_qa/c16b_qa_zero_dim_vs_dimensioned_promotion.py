# Q: why did float64 times float32 stay float32?
import torch

w = torch.ones(2)
s64 = torch.tensor(2.0, dtype=torch.float64)
v64 = torch.tensor([2.0], dtype=torch.float64)
print((w * s64).dtype, (w * v64).dtype)
i = torch.arange(3)
print((i * torch.tensor(1.5)).dtype, (i * torch.tensor([1.5])).dtype)
print((torch.tensor(3, dtype=torch.int64) + torch.ones(2, dtype=torch.int8)).dtype)
print((torch.ones(2, dtype=torch.int8) + 300).dtype, torch.ones(2, dtype=torch.int8) + 300)
