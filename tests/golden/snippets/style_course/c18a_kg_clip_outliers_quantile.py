# Winsorize a feature at the 5th/95th percentiles with quantile + clamp
import torch

torch.manual_seed(40)
x = torch.randn(1000)
x[:5] = torch.tensor([25.0, -30.0, 18.0, 40.0, -22.0])
lo, hi = torch.quantile(x, torch.tensor([0.05, 0.95]))
print(f"q05 {lo.item():.4f} q95 {hi.item():.4f}")
clipped = x.clamp(min=lo, max=hi)
print("max before/after:", x.max().item(), round(clipped.max().item(), 4))
print("median:", x.median().item())
