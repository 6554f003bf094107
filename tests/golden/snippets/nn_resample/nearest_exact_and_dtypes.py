# F.interpolate(mode="nearest-exact"), its gradient, and what integer inputs and mixed dtypes raise.
import torch
import torch.nn.functional as F

x = torch.arange(12.0).view(1, 1, 3, 4).requires_grad_()
for options in ({"size": (5, 7)}, {"scale_factor": 1.5}, {"size": (2, 3)}):
    y = F.interpolate(x, mode="nearest-exact", **options)
    print(y, y.grad_fn.name())
    y.backward(torch.ones_like(y))
    print(x.grad)
    x.grad = None
print(F.interpolate(torch.arange(5.0).view(1, 1, 5), size=8, mode="nearest-exact"))
for call in (lambda: F.interpolate(torch.arange(4).view(1, 1, 2, 2), scale_factor=2),
             lambda: F.interpolate(torch.arange(8).view(2, 2, 2), scale_factor=2, mode="linear"),
             lambda: F.group_norm(torch.arange(8).view(2, 4), 2),
             lambda: torch.nn.GroupNorm(2, 4)(torch.arange(8).view(2, 4)),
             lambda: F.conv_transpose2d(torch.ones(1, 1, 2, 2), torch.ones(1, 1, 2, 2, dtype=torch.float64))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
