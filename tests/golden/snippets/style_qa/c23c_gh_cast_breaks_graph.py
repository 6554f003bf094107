# Casting to an integer dtype or rounding quietly cuts the gradient.
import torch

x = torch.tensor([1.4, 2.6], requires_grad=True)
print(x.long().requires_grad, x.int().grad_fn)
r = x.round()
print(r.requires_grad, r.grad_fn.name())
r.sum().backward()
print(x.grad)
x.grad = None
x.double().sum().backward()
print(x.grad, x.double().grad_fn.name())
f = torch.floor(x)
f.sum().backward()
print(x.grad)
