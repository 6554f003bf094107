# Quiz: sorting with ties, stable=True.
import torch

t = torch.tensor([2, 1, 2, 1, 0])
vals, idx = torch.sort(t, stable=True)
print(vals, idx)
vals, idx = torch.sort(t, descending=True, stable=True)
print(vals, idx)
print(torch.argsort(torch.tensor([0.5, 0.1, 0.5])))
