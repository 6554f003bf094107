# Linear interpolation of a missing reading with lerp
import torch

t = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
y = torch.tensor([1.0, float('nan'), float('nan'), 7.0, 9.0])
known = ~y.isnan()
kt, ky = t[known], y[known]
idx = torch.searchsorted(kt, t).clamp(1, len(kt) - 1)
w = (t - kt[idx - 1]) / (kt[idx] - kt[idx - 1])
filled = torch.lerp(ky[idx - 1], ky[idx], w)
print(idx, w)
print(torch.where(known, y, filled))
print(torch.lerp(torch.tensor([0.0, 10.0]), torch.tensor([1.0, 20.0]), torch.tensor([0.5, 0.25])))
