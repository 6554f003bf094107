# Macro and micro F1 for a 3-class problem, computed from tensors
import torch

y_true = torch.tensor([0, 0, 1, 1, 1, 2, 2, 2, 2, 0])
y_pred = torch.tensor([0, 1, 1, 1, 0, 2, 2, 1, 2, 0])
f1s = []
for c in range(3):
    tp = ((y_pred == c) & (y_true == c)).sum().float()
    fp = ((y_pred == c) & (y_true != c)).sum().float()
    fn = ((y_pred != c) & (y_true == c)).sum().float()
    f1 = 2 * tp / (2 * tp + fp + fn)
    f1s.append(f1)
    print(f"class {c}: f1={f1.item():.4f}")
print(f"macro F1 {torch.stack(f1s).mean().item():.4f}")
print(f"micro F1 (=accuracy) {(y_true == y_pred).float().mean().item():.4f}")
