# Confusion matrix with bincount, per-class precision and recall.
import torch

pred = torch.tensor([0, 1, 2, 2, 1, 0, 0, 2, 1, 1])
true = torch.tensor([0, 1, 1, 2, 1, 0, 2, 2, 0, 1])
cm = torch.bincount(true * 3 + pred, minlength=9).reshape(3, 3)
print(cm)
print(cm.diag() / cm.sum(0))
print(cm.diag() / cm.sum(1))
print(cm.diag().sum().item() / cm.sum().item())
print(cm.dtype, cm.trace())
