# Deletion metric: remove the most-attributed features first, record the score, integrate with trapezoid
import torch

x = torch.tensor([0.9, 0.1, 0.5, 0.7, 0.3])
w = torch.tensor([1.0, -0.5, 2.0, 0.2, 1.5])
attr = x * w
order = attr.argsort(descending=True)
scores = [(x * w).sum()]
cur = x.clone()
for idx in order:
    cur[idx] = 0
    scores.append((cur * w).sum())
scores = torch.stack(scores)
print(order)
print(scores)
print(torch.trapezoid(scores, dx=1 / len(x)))
