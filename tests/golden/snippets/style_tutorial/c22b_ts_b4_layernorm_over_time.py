import torch
import torch.nn as nn

torch.manual_seed(62)
x = torch.randn(2, 6, 4) * 3 + 1
ln = nn.LayerNorm(4)
y = ln(x)
print(y.mean(-1).abs().max() < 1e-5, y.std(-1, unbiased=False).mean().round(decimals=4))
inorm = nn.InstanceNorm1d(4)
z = inorm(x.transpose(1, 2))
print(z.shape, z.mean(-1).abs().max() < 1e-5)
gn = nn.GroupNorm(2, 4)
print(gn(x.transpose(1, 2)).shape)
