# Puzzle 5: eye(n) from comparisons
import torch

def eye(j):
    return torch.where(torch.arange(j)[:, None] == torch.arange(j), 1, 0)

print(eye(4))
print(eye(4).dtype, torch.eye(4).dtype)
print((eye(3) == torch.eye(3)).all())
b = torch.arange(3)[:, None] == torch.arange(3)
print(b)
print(b.int().sum(), b.sum().dtype)
print(torch.eye(2, 3, dtype=torch.bool))
