# InstanceNorm2d equals GroupNorm with one channel per group (affine aside).
import torch
import torch.nn as nn

torch.manual_seed(4)
x = torch.randn(2, 3, 4, 4)
inorm = nn.InstanceNorm2d(3)
gn = nn.GroupNorm(3, 3, affine=False)
a, b = inorm(x), gn(x)
print(torch.allclose(a, b, atol=1e-5))
print(a.mean(dim=(2, 3)).abs().max() < 1e-6)
print(inorm)
print(list(inorm.parameters()), inorm.running_mean)
inorm2 = nn.InstanceNorm2d(3, affine=True, track_running_stats=True)
inorm2(x)
print(inorm2.running_mean.shape, inorm2.num_batches_tracked)
