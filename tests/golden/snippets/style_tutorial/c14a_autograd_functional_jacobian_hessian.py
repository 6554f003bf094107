# torch.autograd.functional: jacobian of a vector function, hessian of a scalar one, vjp and jvp, in float64.
import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp


def f(x):
    return torch.stack([x[0] * x[1], torch.sin(x[1]) + x[0] ** 2, x.exp().sum()])


def energy(x):
    return (x ** 3).sum() + x[0] * x[1]


x = torch.tensor([0.5, -1.5], dtype=torch.float64)
J = jacobian(f, x)
print(J)
print(hessian(energy, x))
out, v = vjp(f, x, torch.tensor([1.0, 0.0, 2.0], dtype=torch.float64))
print(out, v)
out, jv = jvp(f, x, torch.tensor([1.0, 1.0], dtype=torch.float64))
print(jv, J @ torch.tensor([1.0, 1.0], dtype=torch.float64))
print(jacobian(lambda a, b: a * b, (torch.ones(2), torch.arange(2.0))))
print(jacobian(f, x, create_graph=True).requires_grad)
