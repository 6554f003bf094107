# Quiz 31: dtype of sum over bools and small ints
import torch

b = torch.tensor([True, True, False])
print(b.sum(), b.sum().dtype)
print(torch.tensor([100, 100], dtype=torch.int8).sum())
print(torch.tensor([100, 100], dtype=torch.int8).sum().dtype)
print(torch.tensor([200, 100], dtype=torch.uint8).sum())
print(torch.tensor([100, 100], dtype=torch.int8) + 100)
print(b.prod(), b.any(), b.all())
print(torch.tensor([1.5, 2.5], dtype=torch.float16).sum().dtype)
