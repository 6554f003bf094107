# Q: is clone() differentiable?
import torch

x = torch.tensor([2.0, 4.0], requires_grad=True)
c = x.clone()
print(c.grad_fn, c.is_leaf, c.requires_grad)
(c * c).sum().backward()
print(x.grad)
with torch.no_grad():
    c2 = x.clone()
print(c2.requires_grad, c2.grad_fn)
print(x.detach().clone().requires_grad_().is_leaf)
