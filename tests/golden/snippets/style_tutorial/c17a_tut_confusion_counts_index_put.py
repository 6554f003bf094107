# Confusion counts with index_put_ and accumulate=True, then per-class precision/recall
import torch

y_true = torch.tensor([0, 1, 2, 2, 1, 0, 2, 1, 1, 0])
y_pred = torch.tensor([0, 2, 2, 2, 1, 0, 1, 1, 0, 0])
cm = torch.zeros(3, 3, dtype=torch.long)
cm.index_put_((y_true, y_pred), torch.ones_like(y_true), accumulate=True)
print(cm)
tp = cm.diag()
precision = tp / cm.sum(0)
recall = tp / cm.sum(1)
print(precision, recall)
f1 = 2 * precision * recall / (precision + recall)
print(f1.round(decimals=4), f"macro F1 = {f1.mean():.4f}")
print(tp.sum().item() / cm.sum().item())
