# a masked-out gradient is +0 (never -0), and norm/std gradients round in PyTorch's order
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = (torch.randn(3, 6) * 1.7).requires_grad_()
b = torch.randn(3, 6, requires_grad=True)
for name, f in [("maximum", lambda: torch.maximum(x, b)), ("minimum", lambda: torch.minimum(x, b)),
                ("hardtanh", lambda: F.hardtanh(x)), ("relu6", lambda: F.relu6(x)),
                ("hardsigmoid", lambda: F.hardsigmoid(x)), ("hardswish", lambda: F.hardswish(x)),
                ("softshrink", lambda: F.softshrink(x)), ("hardshrink", lambda: F.hardshrink(x)),
                ("threshold", lambda: F.threshold(x, 0.1, 20.0)), ("std", lambda: x.std(1)),
                ("norm", lambda: x.norm(dim=1)), ("norm3", lambda: x.norm(p=3, dim=1)),
                ("norm1.5", lambda: x.norm(p=1.5)), ("norm_inf", lambda: x.norm(p=float("inf"), dim=0)),
                ("normalize", lambda: F.normalize(x, dim=1)), ("dist", lambda: torch.dist(x, b))]:
    x.grad = b.grad = None
    y = f()
    y.backward(torch.randn(y.shape))
    print(name, y.flatten()[:6], x.grad, b.grad)
print(F.softshrink(-torch.rand(20) * 0.4), F.softshrink(-torch.rand(5) * 0.4))
print(F.hardsigmoid(torch.randn(4, dtype=torch.float64, requires_grad=True)).sum().backward())
