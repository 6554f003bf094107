# Quiz 41: Jacobian of f(x) = [x0*x1, x0+x1, x1^2]
import torch
from torch.autograd.functional import jacobian, hessian


def f(x):
    return torch.stack([x[0] * x[1], x[0] + x[1], x[1] ** 2])


x = torch.tensor([2.0, 3.0])
print(jacobian(f, x))
print(hessian(lambda v: (v[0] ** 2) * v[1], x))
