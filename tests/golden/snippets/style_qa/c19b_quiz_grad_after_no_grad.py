# Quiz 35: a tensor made inside no_grad then used outside
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = w * 2
z = y * w
print(y.requires_grad, z.requires_grad, z.grad_fn)
z.sum().backward()
print(w.grad)
print(torch.is_grad_enabled())
@torch.no_grad()
def f(t):
    return t * 2
print(f(w).requires_grad)
