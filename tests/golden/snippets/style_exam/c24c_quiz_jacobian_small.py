# Quiz 41: Jacobian of f(x) = [x0*x1, x0+x1, x1^2]
import torch
from torch.autograd.functional import jacobian, hessian


def field(pt):
    return torch.stack([pt[0] * pt[1], pt[0] + pt[1], pt[1] ** 2])


pt = torch.tensor([2.0, 3.0])
print(jacobian(field, pt))
print(hessian(lambda u: (u[0] ** 2) * u[1], pt))
