# BatchNorm1d on (B, T, C) activations needs (B, C, T); the makemore fix and the running stats
import torch
from torch import nn

torch.manual_seed(1704)
h = torch.randn(4, 3, 5) * 2 + 1
bn = nn.BatchNorm1d(5)
try:
    bn(h)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
out = bn(h.transpose(1, 2)).transpose(1, 2)
print(out.shape, out.mean(dim=(0, 1)), out.std(dim=(0, 1), unbiased=False))
print(bn.running_mean)
print(bn.running_var)
manual_mean = h.mean(dim=(0, 1))
print(torch.allclose(bn.running_mean, 0.1 * manual_mean))
