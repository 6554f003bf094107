import torch

states = torch.tensor([0, 0, 1, 1, 1, 0, 2, 2, 0, 0, 0])
vals, counts = torch.unique_consecutive(states, return_counts=True)
print(vals, counts)
u, inv, cnt = torch.unique(states, return_inverse=True, return_counts=True)
print(u, inv, cnt)
print(torch.isin(states, torch.tensor([1, 2])).sum())
print(torch.bincount(states, minlength=4))
