# Q: detach_() on a slice raises, but detach() works?
import torch

x = torch.ones(4, requires_grad=True)
y = x * 2
part = y[:2]
try:
    part.detach_()
except RuntimeError as e:
    print(e)
d = part.detach()
print(d.requires_grad, part.requires_grad)
y.detach_()
print(y.requires_grad, y.grad_fn, y.is_leaf)
