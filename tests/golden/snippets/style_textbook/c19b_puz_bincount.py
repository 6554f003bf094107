# Puzzle 15: bincount with eye rows
import torch

def bincount(a, j):
    return (a[:, None] == torch.arange(j)).sum(0)

a = torch.tensor([0, 2, 2, 3, 0, 0])
print(bincount(a, 5), torch.bincount(a, minlength=5))
print(torch.bincount(a))
print(torch.bincount(a, weights=torch.tensor([0.5, 1, 1, 2, 0.25, 0.25])))
try:
    torch.bincount(torch.tensor([1, -1]))
except RuntimeError as e:
    print(e)
try:
    torch.bincount(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
