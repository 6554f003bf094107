# Q: sum/mean over several dims at once, negative dims, and the dim name errors learners hit.
import torch

x = torch.arange(24.0).view(2, 3, 4)
print(x.sum(dim=(0, 2)), x.sum(dim=[-1, -3]), x.mean((1, 2), keepdim=True).shape)
print(x.sum(-1).shape, x.amax((0, 1)), x.std((0, 1)).shape)
for bad in [(0, 0), (3,), (-4,)]:
    try:
        x.sum(dim=bad)
    except (RuntimeError, IndexError) as e:
        print(bad, type(e).__name__, e)
print(x.sum(dim=()), x.sum(dim=[]).shape)
print(torch.sum(x, 1, dtype=torch.float64).dtype, x.int().sum((0, 1)).dtype)
print(x.logsumexp(dim=(0, 1)), x.prod(0)[0])
try:
    x.prod(dim=(0, 1))
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
