import torch

a = torch.tensor([1, 2, 3], dtype=torch.float32)
b = torch.tensor([1, 2, 3], dtype=torch.float64)
c = torch.tensor([1.7, -1.7, 2.5], dtype=torch.int64)
d = torch.tensor([0, 1, 2], dtype=torch.bool)
print(a)
print(b)
print(c)
print(d)
print(torch.tensor([1, 2], dtype=torch.int32).dtype)
