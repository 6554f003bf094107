# Linear interpolation on a table with searchsorted + lerp (np.interp style).
import torch

xp = torch.tensor([0.0, 1.0, 2.0, 4.0], dtype=torch.float64)
fp = torch.tensor([0.0, 10.0, 20.0, 0.0], dtype=torch.float64)
xq = torch.tensor([0.5, 1.0, 3.0, 3.5], dtype=torch.float64)
i = torch.searchsorted(xp, xq, right=True).clamp(1, len(xp) - 1)
t = (xq - xp[i - 1]) / (xp[i] - xp[i - 1])
print(i, t)
print(torch.lerp(fp[i - 1], fp[i], t))
print(torch.lerp(torch.tensor([1.0]), torch.tensor([3.0]), torch.tensor([0.25])))
