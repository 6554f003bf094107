import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
g, = torch.autograd.grad(y, x)
print(g, g.requires_grad, g.grad_fn)
try:
    torch.autograd.grad(g, x)
except Exception as e:
    print(type(e).__name__, e)
y = x ** 3
g, = torch.autograd.grad(y, x, create_graph=True)
print(g, g.grad_fn.name())
g2, = torch.autograd.grad(g, x)
print(g2)
try:
    torch.autograd.grad(g, x)
except Exception as e:
    print(type(e).__name__, str(e)[:70])
