import torch

print(torch.arange(8).reshape(2, 2, 2) > 3)
print(torch.arange(-4, 4).reshape(2, 2, 2))
print(torch.zeros(2, 1, 3, dtype=torch.int64))
