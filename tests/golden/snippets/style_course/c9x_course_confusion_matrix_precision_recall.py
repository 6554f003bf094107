# Course notebook: a confusion matrix with bincount, per-class precision, recall and F1 from predictions.
import torch

torch.manual_seed(5)
num_classes = 4
logits = torch.randn(40, num_classes)
targets = torch.randint(0, num_classes, (40,))
preds = logits.argmax(dim=1)
print(preds[:10], targets[:10])
cm = torch.bincount(targets * num_classes + preds, minlength=num_classes ** 2).reshape(num_classes, num_classes)
print(cm)
print(cm.sum().item(), cm.diag(), cm.dtype)
tp = cm.diag().float()
precision = tp / cm.sum(0).clamp(min=1)
recall = tp / cm.sum(1).clamp(min=1)
f1 = 2 * precision * recall / (precision + recall)
print("precision", precision)
print("recall", recall)
print("f1", f1)
print(f"accuracy {tp.sum().item() / len(targets):.3f} macro-F1 {f1.nan_to_num().mean().item():.4f}")
for c in range(num_classes):
    print(f"class {c}: P={precision[c]:.2f} R={recall[c]:.2f} support={cm[c].sum().item()}")
