# Hessian of a quadratic form: by hand, via double backward, via functional.hessian
import torch
from torch.autograd.functional import hessian

A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
f = lambda x: 0.5 * x @ A @ x + x.sin().sum()
x = torch.tensor([0.5, -1.0], requires_grad=True)
g, = torch.autograd.grad(f(x), x, create_graph=True)
H = torch.stack([torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)])
print(H)
print(hessian(f, x.detach()))
print(A - torch.diag(x.detach().sin()))
