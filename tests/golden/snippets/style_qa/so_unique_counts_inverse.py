# Q: counting how many times each class appears: unique with counts, bincount, histc.
import torch

labels = torch.tensor([2, 0, 2, 3, 0, 2, 5])
print(torch.unique(labels))
vals, counts = torch.unique(labels, return_counts=True)
print(vals, counts)
u, inv = labels.unique(sorted=True, return_inverse=True)
print(u, inv)
print(torch.bincount(labels))
print(torch.bincount(labels, minlength=8))
w = torch.tensor([0.5, 1.0, 0.5, 1.0, 1.0, 0.5, 2.0])
print(torch.bincount(labels, weights=w))
print(torch.histc(labels.float(), bins=6, min=0, max=5))
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1])))
print(dict(zip(vals.tolist(), counts.tolist())))
