# Q: counting class frequencies
import torch

labels = torch.tensor([2, 0, 2, 1, 2, 0])
vals, counts = torch.unique(labels, return_counts=True)
print(vals, counts)
print(torch.bincount(labels), torch.bincount(labels, minlength=5))
u, inv = labels.unique(sorted=True, return_inverse=True)
print(u, inv)
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 1])))
