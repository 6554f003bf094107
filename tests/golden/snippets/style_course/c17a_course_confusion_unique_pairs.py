# Confusion counts from unique (true, pred) pairs with return_counts
import torch

y = torch.tensor([2, 0, 1, 1, 2, 2, 0, 1])
pred = torch.tensor([2, 0, 2, 1, 2, 0, 0, 1])
pairs, counts = torch.unique(torch.stack([y, pred], dim=1), dim=0, return_counts=True)
print(pairs)
print(counts)
cm = torch.zeros(3, 3, dtype=torch.int64)
cm[pairs[:, 0], pairs[:, 1]] = counts
print(cm)
print(cm.trace() / cm.sum(), (cm.diag().float() / cm.sum(1)).tolist())
