# Piecewise-linear interpolation with searchsorted, checked at the nodes.
import torch

xp = torch.tensor([0.0, 1.0, 2.5, 4.0])
fp = torch.tensor([1.0, 3.0, 2.0, 5.0])
xq = torch.tensor([0.0, 0.5, 1.0, 2.0, 3.0, 4.0])
idx = torch.searchsorted(xp, xq, right=True).clamp(1, len(xp) - 1)
x0, x1 = xp[idx - 1], xp[idx]
y0, y1 = fp[idx - 1], fp[idx]
w = (xq - x0) / (x1 - x0)
yq = y0 + w * (y1 - y0)
print(idx)
print(yq)
