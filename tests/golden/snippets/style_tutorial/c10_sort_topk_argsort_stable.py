# Sorting with ties: sort(stable=True), argsort, topk, kthvalue, msort.
import torch

scores = torch.tensor([3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
vals, idx = torch.sort(scores, stable=True)
print(vals)
print(idx)
vals_d, idx_d = scores.sort(descending=True, stable=True)
print(vals_d, idx_d)
print(torch.argsort(scores, stable=True))
print(torch.argsort(scores, descending=True, stable=True))
r = torch.sort(scores)
print(type(r).__name__, r.values[:3])
top = torch.topk(scores, 3)
print(top)
print(scores.topk(3, largest=False, sorted=True))
print(torch.kthvalue(scores, 4))
m = torch.tensor([[2.0, 7.0, 1.0], [8.0, 0.5, 3.0]])
print(m.sort(dim=0))
print(m.argsort(dim=1, descending=True))
print(torch.msort(m))
print(m.topk(2, dim=1).indices)
names = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]
ranked = [names[i] for i in torch.argsort(scores, descending=True, stable=True).tolist()]
print(ranked)
f = torch.tensor([0.5, float("nan"), -1.0, 2.0])
print(f.sort())
print(torch.sort(torch.tensor([True, False, True])))
