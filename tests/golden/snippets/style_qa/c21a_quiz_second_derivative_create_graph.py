# Quiz: differentiating a derivative. Which calls need create_graph?
import torch

t = torch.tensor(1.5, requires_grad=True)
y = t ** 4
(dy,) = torch.autograd.grad(y, t, create_graph=True)
print(dy, dy.requires_grad)
(d2y,) = torch.autograd.grad(dy, t)
print(d2y, d2y.requires_grad)
y2 = t ** 4
(dy2,) = torch.autograd.grad(y2, t)
print(dy2.requires_grad, dy2.grad_fn)
