import torch
from torch.autograd.functional import jacobian, hessian

def f(x):
    return (x[0] * x[1]) ** 2 + 3 * x[0]

def grad_f(x):
    x = x.requires_grad_() if not x.requires_grad else x
    g, = torch.autograd.grad(f(x), x, create_graph=True)
    return g

x = torch.tensor([1.0, 2.0])
J = jacobian(grad_f, x)
H = hessian(f, x)
print(J)
print(H)
print(torch.equal(J, H))
print(jacobian(grad_f, x, create_graph=True).requires_grad)
