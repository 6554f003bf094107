# InstanceNorm1d with affine and a mismatched channel count: the warning / error learners see.
import torch
import torch.nn as nn

inorm = nn.InstanceNorm1d(4)
print(inorm(torch.arange(12.0).reshape(1, 3, 4)).shape)
inorm_a = nn.InstanceNorm1d(4, affine=True)
try:
    inorm_a(torch.zeros(1, 3, 4))
except (ValueError, RuntimeError) as e:
    print(type(e).__name__, e)
print(nn.InstanceNorm1d(3)(torch.tensor([[[1.0, 2.0, 3.0]]])).round(decimals=4))
