# Quiz 23: second derivative of x^4 at x=2
import torch

t = torch.tensor(2.0, requires_grad=True)
quartic = t ** 4
(first,) = torch.autograd.grad(quartic, t, create_graph=True)
print(first, first.requires_grad, first.grad_fn is not None)
(second,) = torch.autograd.grad(first, t)
print(second)
(plain,) = torch.autograd.grad(t ** 4, t)
print(plain.requires_grad)
