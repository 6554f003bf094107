# Q: argsort with ties is it stable? sort(stable=True), descending ties, sort of bools and nan placement.
import torch

x = torch.tensor([3, 1, 2, 1, 3, 2])
print(torch.sort(x, stable=True))
print(torch.sort(x, descending=True, stable=True))
print(x.argsort(stable=True), x.argsort(descending=True, stable=True))
f = torch.tensor([0.5, float("nan"), -1.0, 2.0])
print(f.sort())
print(f.sort(descending=True))
print(torch.tensor([True, False, True]).sort())
m = torch.tensor([[3.0, 1.0, 2.0], [0.0, 5.0, 4.0]])
vals, idx = m.sort(dim=0)
print(vals, idx)
print(m.sort(dim=1).indices)
print(torch.msort(m))
print(torch.unique(x), torch.unique(x, return_counts=True))
print(torch.topk(torch.tensor([1.0, 3.0, 3.0, 2.0]), 2))
