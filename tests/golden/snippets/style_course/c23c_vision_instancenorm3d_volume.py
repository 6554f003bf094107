# InstanceNorm3d on a volume batch: per-sample, per-channel statistics.
import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.randn(2, 3, 2, 2, 2) * 4 + 2
y = nn.InstanceNorm3d(3)(x)
print(y.shape, y.mean(dim=(2, 3, 4)).abs().max() < 1e-5)
print(y.var(dim=(2, 3, 4), unbiased=False).round(decimals=3))
print(nn.InstanceNorm3d(3, affine=True))
try:
    nn.InstanceNorm3d(3)(torch.zeros(3, 2, 2))
except ValueError as e:
    print("ValueError:", e)
