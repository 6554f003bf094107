import torch

x = torch.tensor(3., requires_grad=True)
y = x ** 4
(dy,) = torch.autograd.grad(y, x, create_graph=True)
print(dy)
(d2y,) = torch.autograd.grad(dy, x)
print(d2y)
print(x.grad)
