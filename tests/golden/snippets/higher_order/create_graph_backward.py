import torch

x = torch.tensor(1.5, requires_grad=True)
y = torch.exp(x) * x
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g)
print(g.grad_fn.name())
(g2,) = torch.autograd.grad(g, x)
print(g2)
