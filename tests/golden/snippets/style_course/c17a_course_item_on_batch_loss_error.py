# reduction='none' gives a loss per sample: .item() on it fails, .mean() first
import torch
import torch.nn as nn

torch.manual_seed(26)
pred, target = torch.randn(3, 2), torch.randn(3, 2)
per_elem = nn.MSELoss(reduction="none")(pred, target)
print(per_elem.shape)
try:
    per_elem.item()
except RuntimeError as e:
    print("RuntimeError:", e)
per_sample = per_elem.mean(dim=1)
print(per_sample, per_sample.mean().item() == nn.MSELoss()(pred, target).item())
print(f"{per_sample.sum().item():.6f}", per_sample.tolist() == [v.item() for v in per_sample])
