# Choosing the decision threshold that maximizes F1 on the validation split
import torch

torch.manual_seed(50)
y = torch.randint(0, 2, (60,))
proba = (0.35 * y + 0.65 * torch.rand(60)).clamp(0, 1)
best_t, best_f1 = 0.5, -1.0
for t in torch.arange(0.1, 0.9, 0.1):
    pred = (proba >= t).long()
    tp = (pred & y).sum().item()
    f1 = 2 * tp / (pred.sum().item() + y.sum().item())
    print(f"t={t.item():.1f} f1={f1:.4f}")
    if f1 > best_f1:
        best_t, best_f1 = t.item(), f1
print(f"best threshold {best_t:.2f} (f1 {best_f1:.4f})")
