# 3-D pooling after Conv3d: AvgPool3d, AdaptiveAvgPool3d, AdaptiveMaxPool3d, their gradients and errors
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 5, 6, 7, requires_grad=True)
outs = [F.avg_pool3d(x, 2), F.avg_pool3d(x, (2, 3, 2), stride=1, padding=1),
        F.avg_pool3d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False), F.avg_pool3d(x, 2, divisor_override=3),
        F.adaptive_avg_pool3d(x, (2, 3, 4)), F.adaptive_avg_pool3d(x, 1), F.adaptive_avg_pool3d(x, (1, None, 3)),
        F.adaptive_max_pool3d(x, (2, 2, 3)), nn.AvgPool3d(2)(x), nn.AdaptiveMaxPool3d(2)(x), F.avg_pool3d(x[0], 2)]
for o in outs:
    g, = torch.autograd.grad((o * torch.arange(o.numel()).reshape(o.shape).float().sin()).sum(), x)
    print(o.shape, o.grad_fn.name(), o.flatten()[:4], g.flatten()[:4], g.sum())
values, indices = F.adaptive_max_pool3d(x, 2, return_indices=True)
print(indices.flatten()[:8], nn.AvgPool3d((1, 2, 2), stride=(1, 2, 2)), nn.AdaptiveAvgPool3d((1, 2, 3)))
print(F.avg_pool3d(torch.arange(64).reshape(1, 1, 4, 4, 4), 2).flatten())
for bad in [lambda: F.avg_pool3d(torch.randn(2, 3, 4), 2), lambda: F.avg_pool3d(torch.randn(1, 1, 2, 2, 2), 3),
            lambda: F.adaptive_avg_pool3d(torch.randn(1, 1, 2, 2, 2), (1, 2)), lambda: F.avg_pool3d(torch.randn(1, 1, 0, 2, 2), 1),
            lambda: F.adaptive_max_pool3d(torch.ones(1, 1, 2, 2, 2).long(), 1)]:
    try:
        bad()
    except (RuntimeError, NotImplementedError) as e:
        print(type(e).__name__, e)
gx, = torch.autograd.grad((F.avg_pool3d(x, 2, stride=1) ** 2).sum(), x, create_graph=True)
print(gx.grad_fn.name(), torch.autograd.grad((gx * gx).sum(), x)[0].sum())
