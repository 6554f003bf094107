# Classification metrics from a confusion matrix built with bincount: precision, recall, F1, macro averages.
import torch

torch.manual_seed(0)
num_classes = 3
y_true = torch.randint(0, num_classes, (50,))
logits = torch.randn(50, num_classes) + 2.0 * torch.nn.functional.one_hot(y_true, num_classes)
y_pred = logits.argmax(1)
cm = torch.bincount(y_true * num_classes + y_pred, minlength=num_classes ** 2).reshape(num_classes, num_classes)
print(cm)
tp = cm.diag().float()
precision = tp / cm.sum(0).clamp(min=1)
recall = tp / cm.sum(1).clamp(min=1)
f1 = 2 * precision * recall / (precision + recall).clamp(min=1e-12)
print("precision", precision)
print("recall   ", recall)
print("f1       ", f1)
print(f"accuracy {tp.sum().item() / cm.sum().item():.4f}, macro f1 {f1.mean().item():.4f}")
support = cm.sum(1).float()
print("weighted f1", (f1 * support).sum() / support.sum())
probs = logits.softmax(1)
top2 = probs.topk(2, dim=1).indices
print("top-2 accuracy", (top2 == y_true[:, None]).any(1).float().mean())
print(cm.float() / cm.sum(1, keepdim=True))
