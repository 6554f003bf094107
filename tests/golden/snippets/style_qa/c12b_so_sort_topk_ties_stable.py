# Q: sort/argsort/topk with equal values: which index comes first, and how stable=True helps.
import torch

v = torch.tensor([3, 1, 3, 2, 1, 3, 0])
print(torch.sort(v))
print(torch.sort(v, stable=True))
print(torch.sort(v, descending=True, stable=True))
print(torch.argsort(v, stable=True), torch.argsort(v, descending=True, stable=True))
print(torch.topk(v.float(), 3))
print(torch.topk(v.float(), 3, largest=False))
print(torch.argmax(v), torch.argmin(v), v.max(0), v.min(dim=0))
f = torch.tensor([0.5, float('nan'), 0.2, float('nan'), 0.9])
print(torch.sort(f))
print(torch.sort(f, descending=True))
print(f.argmax(), f.max(), torch.topk(f, 2))
print(torch.unique(v), torch.unique(v, return_counts=True), torch.unique(v, sorted=True, return_inverse=True))
m = torch.tensor([[2, 2, 1], [0, 5, 5]])
print(m.argmax(dim=1), m.max(dim=1).indices, m.sort(dim=1, descending=True, stable=True).indices)
