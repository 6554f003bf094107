# Quiz 23: second derivative of x^4 at x=2
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 4
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(dy, dy.requires_grad, dy.grad_fn is not None)
(d2y,) = torch.autograd.grad(dy, x)
print(d2y)
(dy2,) = torch.autograd.grad(x ** 4, x)
print(dy2.requires_grad)
