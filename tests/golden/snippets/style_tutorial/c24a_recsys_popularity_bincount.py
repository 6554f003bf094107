# Item popularity with bincount, unique and scatter_add
import torch

clicks = torch.tensor([2, 0, 2, 3, 2, 0, 5])
print(torch.bincount(clicks))
print(torch.bincount(clicks, minlength=8))
vals, counts = torch.unique(clicks, return_counts=True)
print(vals, counts)
users = torch.tensor([0, 1, 1, 0, 2, 2, 2])
per_user = torch.zeros(3, dtype=torch.long).scatter_add_(0, users, torch.ones_like(users))
print(per_user)
w = torch.tensor([1.0, 0.5, 0.5, 2.0, 1.0, 1.0, 0.1])
print(torch.bincount(clicks, weights=w))
try:
    torch.bincount(torch.tensor([-1, 2]))
except RuntimeError as e:
    print(e)
