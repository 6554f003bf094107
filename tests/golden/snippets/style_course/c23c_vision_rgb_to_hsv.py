# RGB to HSV by hand with max/min, where and remainder, on four pixels.
import torch

rgb = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5], [0.2, 0.2, 0.2], [0.9, 0.6, 0.3]])
mx, argmx = rgb.max(dim=1)
mn = rgb.min(dim=1).values
delta = mx - mn
r, g, b = rgb.unbind(1)
safe = torch.where(delta > 0, delta, torch.ones_like(delta))
h = torch.where(argmx == 0, ((g - b) / safe) % 6, torch.where(argmx == 1, (b - r) / safe + 2, (r - g) / safe + 4))
h = torch.where(delta > 0, h * 60, torch.zeros_like(h))
s = torch.where(mx > 0, delta / mx, torch.zeros_like(mx))
print(torch.stack([h, s, mx], 1))
print(argmx)
