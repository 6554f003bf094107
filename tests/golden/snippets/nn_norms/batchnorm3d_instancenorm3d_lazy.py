# BatchNorm3d, InstanceNorm3d and the lazy 3-D / instance norms on volumetric input
import torch
import torch.nn as nn
torch.manual_seed(0)
x = torch.randn(2, 3, 4, 5, 6)
for m in [nn.BatchNorm3d(3), nn.InstanceNorm3d(3), nn.InstanceNorm3d(3, affine=True, track_running_stats=True), nn.LazyBatchNorm3d(), nn.LazyInstanceNorm3d(), nn.LazyConv3d(4, 2), nn.LazyInstanceNorm1d(), nn.LazyInstanceNorm2d()]:
    print(m)
    inp = x if not isinstance(m, (nn.LazyInstanceNorm1d, nn.LazyInstanceNorm2d)) else (x[:, :, 0, 0] if isinstance(m, nn.LazyInstanceNorm1d) else x[:, :, 0])
    y = m(inp)
    print(type(m).__name__, m, y.shape, y.flatten()[:6], y.sum())
    print([(n, p.shape) for n, p in m.named_parameters()], [(n, b.shape) for n, b in m.named_buffers()])
bn = nn.BatchNorm3d(3, momentum=None)
x.requires_grad_(True)
out = bn(x).pow(2).sum(); out.backward()
print(bn.running_mean, bn.running_var, x.grad.flatten()[:5], bn.weight.grad)
bn.eval(); print(bn(x[:1]).flatten()[:4])
try: nn.BatchNorm3d(3)(torch.randn(2, 3, 4))
except ValueError as e: print(e)
try: nn.InstanceNorm3d(3)(torch.randn(2, 3))
except ValueError as e: print(e)
print(nn.InstanceNorm3d(3)(torch.randn(3, 2, 2, 2)).shape)
