# nearest vs nearest-exact resampling, and rolling along several dims
import torch
import torch.nn.functional as F

x = torch.arange(5.0).view(1, 1, 5)
print(F.interpolate(x, size=3, mode='nearest'))
print(F.interpolate(x, size=3, mode='nearest-exact'))
print(F.interpolate(x, size=8, mode='nearest-exact'))
m = torch.arange(6).view(2, 3)
print(torch.roll(m, shifts=(1, -1), dims=(0, 1)))
print(m.roll(2))
try:
    torch.roll(m, shifts=(1, 2), dims=0)
except RuntimeError as e:
    print(e)
