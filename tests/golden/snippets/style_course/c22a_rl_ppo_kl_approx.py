import torch

old = torch.tensor([-1.2, -0.7, -0.3, -2.0])
new = torch.tensor([-1.0, -0.9, -0.35, -1.5])
log_ratio = new - old
ratio = log_ratio.exp()
approx_kl = ((ratio - 1) - log_ratio).mean()
print(ratio)
print(approx_kl)
clipfrac = ((ratio - 1.0).abs() > 0.2).float().mean()
print(clipfrac)
print(f"{approx_kl.item():.6f}")
