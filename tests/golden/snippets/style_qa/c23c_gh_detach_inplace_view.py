# Issue: "detach_() on a slice raises" — in-place detach of views.
import torch

base = torch.ones(4, requires_grad=True) * 2
view = base[:2]
try:
    view.detach_()
except RuntimeError as e:
    print(e)
base.detach_()
print(base.requires_grad, base.grad_fn, base.is_leaf)
