# Q: detach_() on a slice fails
import torch

base = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = base * 2
part = h[:2]
try:
    part.detach_()
except RuntimeError as e:
    print(e)
h.detach_()
print(h.requires_grad, h.grad_fn, h.is_leaf)
try:
    base[0].requires_grad_(False)
except RuntimeError as e:
    print(e)
