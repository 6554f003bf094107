# F.interpolate and nn.Upsample: nearest, linear and bilinear (align_corners both ways), grads, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 3, 4, requires_grad=True)
for options in ({"scale_factor": 2}, {"size": (5, 7)}, {"scale_factor": 1.5, "mode": "bilinear"},
                {"size": (4, 6), "mode": "bilinear", "align_corners": True}):
    y = F.interpolate(x, **options)
    print(options, tuple(y.shape), y.grad_fn.name())
    print(y[0, 1])
y = F.interpolate(x, scale_factor=2, mode="bilinear")
(y * torch.randn(y.shape)).sum().backward()
print(x.grad)
s = torch.randn(2, 1, 5, requires_grad=True)
z = F.interpolate(s, size=8, mode="linear")
print(z, z.grad_fn)
g, = torch.autograd.grad(z, s, torch.ones_like(z), create_graph=True)
print(g, g.grad_fn)
print(nn.Upsample(scale_factor=2), nn.Upsample(size=(4, 4), mode="bilinear", align_corners=False))
print(nn.UpsamplingBilinear2d(scale_factor=2)(torch.arange(4.0).view(1, 1, 2, 2)))
print(nn.Upsample(scale_factor=(2, 3))(torch.arange(4.0).view(1, 1, 2, 2)))
for call in (lambda: F.interpolate(x, size=4, scale_factor=2), lambda: F.interpolate(x),
             lambda: F.interpolate(x, scale_factor=2, mode="linear"),
             lambda: F.interpolate(x, scale_factor=2, align_corners=True),
             lambda: F.interpolate(x, size=(2, 2, 2)), lambda: F.interpolate(s, scale_factor=2, mode="bilinear"),
             lambda: F.interpolate(torch.zeros(1, 1, 1, 7), scale_factor=0.5)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
