# Multi-class confusion matrix with bincount
import torch

torch.manual_seed(4)
n_classes = 3
y_true = torch.randint(0, n_classes, (30,))
y_pred = torch.where(torch.rand(30) < 0.7, y_true, torch.randint(0, n_classes, (30,)))
cm = torch.bincount(y_true * n_classes + y_pred, minlength=n_classes ** 2).reshape(n_classes, n_classes)
print(cm)
per_class_acc = cm.diag() / cm.sum(1)
print("per-class recall:", per_class_acc)
print("overall acc:", cm.diag().sum().item() / cm.sum().item())
