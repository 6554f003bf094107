# Q: "selected index k out of range" from topk, and counting classes with unique(return_counts=True).
import torch

scores = torch.tensor([[0.1, 0.5, 0.4], [0.9, 0.05, 0.05]])
try:
    scores.topk(5, dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(scores.topk(2, dim=1).indices)
print(scores.kthvalue(2, dim=1))
try:
    scores.kthvalue(4, dim=1)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
labels = torch.tensor([2, 0, 2, 1, 2, 0])
vals, counts = labels.unique(return_counts=True)
print(vals, counts, counts.float() / counts.sum())
print(torch.unique(labels, sorted=True, return_inverse=True))
print(labels.unique_consecutive(), torch.tensor([1, 1, 2, 2, 1]).unique_consecutive(return_counts=True))
print(dict(zip(vals.tolist(), counts.tolist())))
