# Q: summing over several dims at once, keepdim, and dim given as a list or a negative number.
import torch

x = torch.arange(24.).view(2, 3, 4)
print(x.sum(dim=(0, 2)))
print(x.sum(dim=[1, 2], keepdim=True).shape)
print(x.mean(dim=(-1, -2)))
print(torch.sum(x, (0, 1, 2)), x.sum(()).shape)
print(x.amax(dim=(0, 1)), x.amin(dim=-1).shape)
try:
    x.max(dim=(0, 1))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
try:
    x.sum(dim=(0, 0))
except RuntimeError as e:
    print(e)
print(x.std(dim=(0, 2)), x.logsumexp(dim=(1, 2)))
print(x.prod(dim=1).shape, x.norm(dim=(1, 2)))
