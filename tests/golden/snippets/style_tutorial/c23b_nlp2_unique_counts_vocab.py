import torch

ids = torch.tensor([5, 3, 5, 9, 3, 5, 1])
uniq, inverse, counts = torch.unique(ids, return_inverse=True, return_counts=True)
print(uniq, inverse, counts)
order = counts.argsort(descending=True, stable=True)
print(uniq[order], counts[order])
print(torch.bincount(ids), torch.bincount(ids, minlength=12).shape)
u2, c2 = torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 2, 1]), return_counts=True)
print(u2, c2)
