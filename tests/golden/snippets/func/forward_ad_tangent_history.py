# Forward-mode tangents of pooling layers carry no history unless something requires grad
import torch
import torch.nn.functional as F
import torch.autograd.forward_ad as fwAD

x = torch.randn(1, 2, 4, 4)
for f in [lambda t: F.avg_pool2d(t, 2, stride=1), lambda t: F.adaptive_avg_pool2d(t, (2, 3)), lambda t: t.sin()]:
    with fwAD.dual_level():
        out = f(fwAD.make_dual(x, torch.ones_like(x)))
        tangent = fwAD.unpack_dual(out).tangent
        print(tangent.requires_grad, tangent.grad_fn, tangent.flatten()[:3])
w = torch.randn(1, 2, 4, 4, requires_grad=True)
with fwAD.dual_level():
    tangent = fwAD.unpack_dual(F.avg_pool2d(fwAD.make_dual(w, torch.ones_like(w)), 2)).tangent
    print(tangent.requires_grad)
