import torch

b = torch.tensor([True, False])
print(b + 1)
print((b + 1).dtype)
print(b + b)
print(b * 2.5)
print(b + torch.tensor([10, 20], dtype=torch.int32))
