# Q: the k smallest values per row, with their indices, and sorting descending.
import torch

torch.manual_seed(11)
scores = torch.randint(0, 100, (3, 5)).float()
print(scores)
print(scores.topk(2, dim=1, largest=False))
vals, idx = torch.topk(scores, k=3)
print(vals)
print(idx)
print(torch.sort(scores, dim=1, descending=True).values)
print(scores.argsort(dim=0)[0])
print(torch.msort(scores)[0])
print(scores.max(dim=1, keepdim=True))
try:
    scores.topk(6)
except RuntimeError as e:
    print(e)
