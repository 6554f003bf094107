# GroupNorm, InstanceNorm, LayerNorm without affine, LocalResponseNorm on a small batch.
import torch
import torch.nn as nn

torch.manual_seed(17)
x = torch.randn(2, 4, 3)
gn = nn.GroupNorm(2, 4)
print(gn)
y = gn(x)
print(y.reshape(2, 2, -1).mean(-1))
print(y.reshape(2, 2, -1).var(-1, unbiased=False))
inn = nn.InstanceNorm1d(4)
print(inn, list(inn.parameters()))
print(inn(x)[0, 0])
ln = nn.LayerNorm(3, elementwise_affine=False)
print(ln, ln(x)[1])
ln2 = nn.LayerNorm([4, 3], eps=1e-3)
print(ln2.weight.shape, ln2(x).mean(dim=(1, 2)))
inn_aff = nn.InstanceNorm1d(4, affine=True, track_running_stats=True)
inn_aff(x)
print(inn_aff.running_mean)
img = torch.randn(1, 4, 2, 2)
print(nn.LocalResponseNorm(2)(img)[0, :, 0, 0])
try:
    nn.GroupNorm(3, 4)
except ValueError as e:
    print("ValueError:", e)
print(nn.functional.layer_norm(x, (3,))[0, 0])
print(nn.functional.group_norm(x, 1)[0].mean())
