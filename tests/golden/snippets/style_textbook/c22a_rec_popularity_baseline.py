import torch

items = torch.tensor([0, 2, 2, 3, 2, 0, 4, 3, 2])
counts = torch.bincount(items, minlength=6)
print(counts)
top = torch.argsort(counts, descending=True, stable=True)
print(top)
print(counts.float() / counts.sum())
vals, idx = counts.topk(3)
print(vals, idx)
