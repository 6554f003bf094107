# Confusion matrix with bincount, then precision, recall and F1 per class (macro average).
import torch

torch.manual_seed(17)
num_classes = 3
y_true = torch.randint(0, num_classes, (30,))
noise = torch.randint(0, num_classes, (30,))
keep = torch.rand(30) < 0.6
y_pred = torch.where(keep, y_true, noise)
cm = torch.bincount(y_true * num_classes + y_pred, minlength=num_classes ** 2).reshape(num_classes, num_classes)
print(cm)
tp = cm.diag()
precision = tp / cm.sum(dim=0).clamp(min=1)
recall = tp / cm.sum(dim=1).clamp(min=1)
f1 = 2 * precision * recall / (precision + recall)
print(precision)
print(recall)
print(f1, f1.mean())
print("accuracy", tp.sum().item() / cm.sum().item())
print(cm.float() / cm.sum(dim=1, keepdim=True))
cm2 = torch.zeros(num_classes, num_classes, dtype=torch.long)
for t, p in zip(y_true, y_pred):
    cm2[t, p] += 1
print(torch.equal(cm, cm2), cm.dtype)
