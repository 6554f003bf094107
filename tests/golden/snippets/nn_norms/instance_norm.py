# nn.InstanceNorm1d / 2d and F.instance_norm: reprs, values, grad_fn chain, running stats, errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
print(nn.InstanceNorm1d(3))
print(nn.InstanceNorm2d(3, affine=True, track_running_stats=True))
x = torch.randn(2, 3, 5, requires_grad=True)
y = nn.InstanceNorm1d(3)(x)
print(y)
print(y.grad_fn.name(), [type(n).__name__ for n, _ in y.grad_fn.next_functions])
(y * torch.randn(2, 3, 5)).sum().backward()
print(x.grad)
m = nn.InstanceNorm2d(2, affine=True, track_running_stats=True)
img = torch.randn(3, 2, 4, 4) * 2 + 1
out = m(img)
print(out[0, 1])
print(m.running_mean, m.running_var)
m.eval()
print(m(img)[1, 0, 0])
print(nn.InstanceNorm1d(3)(torch.randn(3, 5)))
print(F.instance_norm(torch.randn(1, 2, 6)))
for call in (lambda: nn.InstanceNorm1d(3)(torch.randn(2, 3, 4, 4)),
             lambda: nn.InstanceNorm2d(4, affine=True)(torch.randn(2, 3, 4, 4))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
