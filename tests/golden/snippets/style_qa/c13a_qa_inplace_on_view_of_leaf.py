# Q: "a view of a leaf Variable that requires grad is being used in an in-place operation" when slicing weights.
import torch

w = torch.zeros(4, requires_grad=True)
try:
    w[:2] += 1
except RuntimeError as e:
    print(e)
try:
    w.view(2, 2).add_(1)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    w[:2] += 1
print(w)
v = w * 1
v[:2] = 5
print(v, v.grad_fn.name())
v.sum().backward()
print(w.grad)
u = w.clone()
u.unsqueeze_(0)
print(u.shape, u.grad_fn.name())
try:
    w.t_()
    print(w.shape)
except RuntimeError as e:
    print(e)
