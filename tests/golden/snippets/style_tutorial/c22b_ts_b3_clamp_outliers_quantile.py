import torch

torch.manual_seed(46)
x = torch.randn(200)
x[[3, 50, 120]] = torch.tensor([8.0, -9.0, 12.0])
lo, hi = torch.quantile(x, torch.tensor([0.01, 0.99]))
clipped = x.clamp(lo, hi)
print(f"{lo.item():.4f} {hi.item():.4f}")
print(clipped[[3, 50, 120]])
q1, q3 = x.quantile(0.25), x.quantile(0.75)
iqr = q3 - q1
mask = (x < q1 - 1.5 * iqr) | (x > q3 + 1.5 * iqr)
print(mask.sum().item(), mask.nonzero().flatten()[:5])
