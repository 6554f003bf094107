# F.interpolate(mode="bicubic") and nn.Upsample: up and down, size and scale_factor, both corner
# conventions, float32 and float64, values and gradients to the last bit; a second derivative.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
for dtype in (torch.float32, torch.float64):
    for shape, options in (((2, 3, 5, 7), {"size": (9, 4)}), ((1, 2, 4, 6), {"scale_factor": 1.5}),
                           ((1, 1, 3, 5), {"scale_factor": (2.3, 0.7)}), ((1, 2, 6, 6), {"size": (13, 17)})):
        for align_corners in (False, True):
            x = torch.randn(*shape, dtype=dtype, requires_grad=True)
            y = F.interpolate(x, mode="bicubic", align_corners=align_corners, **options)
            (g,) = torch.autograd.grad(y, x, torch.randn_like(y))
            print(dtype, shape, options, align_corners, tuple(y.shape), y.grad_fn.name())
            print(y.flatten()[:10].tolist(), y.sum().item())
            print(g.flatten().tolist())

x = torch.arange(1.0, 5.0).reshape(1, 1, 2, 2)
print(F.interpolate(x, scale_factor=1.5, mode="bicubic", align_corners=False))
print(nn.Upsample(scale_factor=2, mode="bicubic")(x))
print(F.interpolate(torch.arange(16.0).view(1, 1, 4, 4), size=(4, 4), mode="bicubic"))
print(F.interpolate(torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]], dtype=torch.float16), scale_factor=2, mode="bicubic"))
x = torch.arange(6.0).view(1, 1, 2, 3).requires_grad_()
y = F.interpolate(x, scale_factor=2, mode="bicubic", align_corners=False)
(g,) = torch.autograd.grad(y.square().sum(), x, create_graph=True)
print(g, g.grad_fn.name())
print(torch.autograd.grad(g.sum(), x)[0])
for bad in (lambda: F.interpolate(torch.zeros(1, 1, 4), scale_factor=2, mode="bicubic"),
            lambda: F.interpolate(torch.zeros(1, 1, 4, 4, dtype=torch.long), scale_factor=2, mode="bicubic")):
    try:
        bad()
    except NotImplementedError as e:
        print("NotImplementedError:", e)
