# Evaluation lecture: confusion matrix with bincount, per-class precision/recall/F1, macro and micro averages.
import torch

torch.manual_seed(94)
C = 3
logits = torch.randn(40, C) + torch.tensor([0.5, 0.0, -0.5])
y = torch.randint(0, C, (40,))
pred = logits.argmax(1)
cm = torch.bincount(C * y + pred, minlength=C * C).reshape(C, C)
print(cm)
tp = cm.diag().float()
precision = tp / cm.sum(0).clamp(min=1)
recall = tp / cm.sum(1).clamp(min=1)
f1 = 2 * precision * recall / (precision + recall)
print(precision)
print(recall)
print(torch.nan_to_num(f1))
print("macro F1", torch.nan_to_num(f1).mean().item())
print("accuracy", (tp.sum() / cm.sum()).item(), (pred == y).float().mean().item())
top2 = logits.topk(2, dim=1).indices
print("top-2", (top2 == y[:, None]).any(1).float().mean().item())
print(cm.float() / cm.sum(1, keepdim=True))
