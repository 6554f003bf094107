# Autograd chapter: detaching computation to hold u constant.
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print(x.grad == u)
print(x.grad)
x.grad.zero_()
y.sum().backward()
print(x.grad == 2 * x)
print(u.requires_grad, u.grad_fn, y.grad_fn)
u[0] = 42.0
print(y)
