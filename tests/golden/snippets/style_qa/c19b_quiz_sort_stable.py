# Quiz 13: is sort stable?
import torch

keys = torch.tensor([2, 1, 2, 1, 0, 2])
print(torch.sort(keys, stable=True))
print(torch.sort(keys, descending=True, stable=True).indices)
print(torch.argsort(keys, stable=True))
print(keys.sort(dim=0).values)
f = torch.tensor([0.5, float("nan"), -1.0, float("nan")])
print(f.sort())
print(f.sort(descending=True))
