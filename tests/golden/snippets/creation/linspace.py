import torch

print(torch.linspace(0, 1, 5))
print(torch.linspace(-1, 1, steps=4))
print(torch.linspace(0, 10, 11))
print(torch.linspace(3, 3, 1))
print(torch.linspace(0, 1, 3, dtype=torch.float64))
print(torch.linspace(1, 0, 6))
