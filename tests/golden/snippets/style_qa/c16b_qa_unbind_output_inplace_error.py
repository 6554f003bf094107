# Q: why does modifying one row from unbind raise?
import torch

w = torch.randn(3, 2, requires_grad=True)
h = w * 1.0
r0, r1, r2 = h.unbind(0)
try:
    r0.mul_(2)
except RuntimeError as e:
    print(e)
row = h.narrow(0, 1, 1)
row.add_(1.0)
print(row.grad_fn.name(), h.grad_fn.name())
