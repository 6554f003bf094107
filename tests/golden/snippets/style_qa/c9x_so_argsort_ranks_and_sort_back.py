# Q: how to get the rank of each element, undo a sort, and sort one tensor by another.
import torch

scores = torch.tensor([0.3, 0.9, 0.1, 0.5, 0.7])
idx = scores.argsort()
print(idx, scores[idx])
ranks = idx.argsort()
print(ranks)
desc = scores.argsort(descending=True)
print(desc, scores.sort(descending=True))
names = ["a", "b", "c", "d", "e"]
print([names[i] for i in desc.tolist()])
vals, order = scores.sort()
restored = torch.empty_like(vals).scatter_(0, order, vals)
print(torch.equal(restored, scores))
labels = torch.tensor([1, 0, 1, 1, 0])
print(labels[desc])
m = torch.tensor([[3, 1, 2], [9, 7, 8]])
print(m.argsort(dim=1), m.sort(dim=0, descending=True).indices)
print(torch.tensor([2, 1, 2, 1]).argsort(stable=True))
