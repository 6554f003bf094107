# Sorting click flags and integer counts
import torch

clicked = torch.tensor([True, False, True, True, False])
print(torch.sort(clicked, stable=True))
counts = torch.tensor([5, 1, 9, 9, 0])
print(counts.topk(2))
print(torch.argsort(counts, descending=True, stable=True))
print(counts.float().mean(), counts.sum().dtype)
try:
    counts.mean()
except RuntimeError as e:
    print(e)
print(clicked.sum(), clicked.float().mean())
