# Section 9.7: piecewise-linear interpolation with searchsorted
import torch

xp = torch.tensor([0.0, 1.0, 2.0, 4.0])
fp = torch.tensor([0.0, 10.0, 20.0, 0.0])
x = torch.tensor([0.5, 1.0, 3.0, 3.9])
i = torch.searchsorted(xp, x, right=True).clamp(1, len(xp) - 1)
w = (x - xp[i - 1]) / (xp[i] - xp[i - 1])
print(i)
print(fp[i - 1] + w * (fp[i] - fp[i - 1]))
print(torch.searchsorted(xp, torch.tensor([-1.0, 5.0]), side="left"))
