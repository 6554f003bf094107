# nn.GroupNorm and F.group_norm: repr, values, grad_fn, gradients and errors.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
gn = nn.GroupNorm(2, 4)
print(gn)
print(nn.GroupNorm(3, 6, eps=1e-3, affine=False))
with torch.no_grad():
    gn.weight.copy_(torch.tensor([0.5, 1.0, 1.5, 2.0]))
    gn.bias.copy_(torch.tensor([0.1, -0.2, 0.3, 0.0]))
x = torch.randn(2, 4, 3, requires_grad=True)
y = gn(x)
print(y)
print(y.grad_fn.name(), [type(n).__name__ for n, _ in y.grad_fn.next_functions])
loss = (y * torch.randn(2, 4, 3)).sum()
loss.backward()
print(x.grad)
print(gn.weight.grad, gn.bias.grad)
img = torch.randn(2, 6, 4, 4) * 3 + 1
print(F.group_norm(img, 3)[0, :2])
print(F.group_norm(img.double(), 2)[1, 3])
for call in (lambda: nn.GroupNorm(3, 4), lambda: F.group_norm(x, 3), lambda: gn(torch.randn(4)),
             lambda: F.group_norm(torch.randn(3, 4), 2, torch.ones(3))):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
