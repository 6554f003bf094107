# quadratic and sigmoid beta schedules, printed with their dtypes
import torch

T = 6
quad = torch.linspace(1e-4 ** 0.5, 0.02 ** 0.5, T) ** 2
sig = torch.sigmoid(torch.linspace(-6, 6, T)) * (0.02 - 1e-4) + 1e-4
print(quad)
print(sig)
print(quad.dtype, sig.dtype)
ac = torch.cumprod(1 - quad, dim=0)
print(ac[-1] < ac[0], ac.argmin())
print(torch.diff(quad) > 0)
