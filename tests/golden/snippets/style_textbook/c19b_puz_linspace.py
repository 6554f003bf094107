# Puzzle 18: linspace(i, j, n) with arange
import torch

def linspace(i, j, n):
    return i + (j - i) * torch.arange(n) / max(1, n - 1)

print(linspace(0.0, 1.0, 5))
print(torch.linspace(0.0, 1.0, 5))
print(linspace(-1, 1, 7))
print(torch.linspace(-1, 1, 7))
print(torch.equal(linspace(2, 3, 1), torch.linspace(2, 3, 1)))
print(torch.linspace(0, 10, steps=4, dtype=torch.int64))
print(linspace(0, 1, 3).dtype, torch.linspace(0, 1, 3).dtype)
