# Resampling a series to a new length with F.interpolate
import torch
import torch.nn.functional as F

x = torch.tensor([[[0.0, 2.0, 4.0, 10.0]]])
print(F.interpolate(x, size=7, mode='linear', align_corners=True))
print(F.interpolate(x, scale_factor=2, mode='nearest'))
print(F.interpolate(x, size=6, mode='linear'))
try:
    F.interpolate(x[0, 0], size=8, mode='linear')
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
try:
    F.interpolate(x, size=8, mode='bilinear')
except (ValueError, NotImplementedError, RuntimeError) as e:
    print(type(e).__name__, e)
