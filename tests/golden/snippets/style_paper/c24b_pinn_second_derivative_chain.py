# d2u/dx2 by differentiating the first derivative again
import torch

x = torch.linspace(-1, 1, 5, dtype=torch.float64, requires_grad=True)
u = x ** 3 - 2 * x ** 2
ux, = torch.autograd.grad(u.sum(), x, create_graph=True)
uxx, = torch.autograd.grad(ux.sum(), x, create_graph=True)
print(ux)
print(uxx)
print(torch.allclose(uxx, 6 * x - 4))
uxxx, = torch.autograd.grad(uxx.sum(), x)
print(uxxx)
