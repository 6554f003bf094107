import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(1, 2, 4, 4, requires_grad=True)
w = torch.randn(3, 2, 2, 2)
for name, f in [("max_pool2d", lambda t: F.max_pool2d(t, 2)), ("avg_pool2d", lambda t: F.avg_pool2d(t, 2)),
                ("adaptive_avg", lambda t: F.adaptive_avg_pool2d(t, 3)),
                ("adaptive_max", lambda t: F.adaptive_max_pool2d(t, 3)),
                ("conv2d", lambda t: F.conv2d(t, w))]:
    (g,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    print(name, g.requires_grad, type(g.grad_fn).__name__)
    (h,) = torch.autograd.grad(g.sum(), x, allow_unused=True)
    print("  ", None if h is None else h.abs().sum())
