# Quiz: detach_() on an intermediate result.
import torch

base = torch.tensor([2.0, 4.0], requires_grad=True)
y = base.exp()
print(y.is_leaf, y.grad_fn.name())
y.detach_()
print(y.is_leaf, y.grad_fn, y.requires_grad)
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
