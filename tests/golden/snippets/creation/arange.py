import torch

print(torch.arange(5))
print(torch.arange(1, 4))
print(torch.arange(10, 0, -3))
print(torch.arange(5.))
print(torch.arange(0, 1, 0.25))
print(torch.arange(0, 1, 0.1))
print(torch.arange(-1, 1, 0.5).dtype, torch.arange(3).dtype)
print(torch.arange(0, 10, 2, dtype=torch.float64))
