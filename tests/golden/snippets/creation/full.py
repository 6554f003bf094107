import torch

print(torch.full((2, 3), 7.0))
print(torch.full((2,), 3))
print(torch.full((2, 2), True))
print(torch.full((3,), -1.5, dtype=torch.float64))
print(torch.full((1, 4), 0.1))
