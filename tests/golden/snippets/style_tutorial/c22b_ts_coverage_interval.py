import torch

torch.manual_seed(13)
y = torch.randn(100)
lower = torch.full((100,), -1.2816)
upper = torch.full((100,), 1.2816)
inside = (y >= lower) & (y <= upper)
print(inside.float().mean().item())
print(inside.dtype, inside.sum())
width = (upper - lower).mean()
print(f"{width.item():.4f}")
print(torch.quantile(y, torch.tensor([0.1, 0.5, 0.9])))
