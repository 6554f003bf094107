# Puzzle: keep the first of each run with diff != 0
import torch

def unique_consecutive(a):
    keep = torch.ones(a.shape[0], dtype=torch.bool)
    keep[1:] = a[1:] != a[:-1]
    return a[keep]

a = torch.tensor([1, 1, 2, 2, 2, 3, 1, 1])
print(unique_consecutive(a))
print(torch.unique_consecutive(a))
print(torch.unique_consecutive(a, return_counts=True))
print(torch.unique(a), torch.unique(a, return_inverse=True))
