# Gradient and Hessian of Himmelblau's function at one of its minima.
import torch
from torch.autograd.functional import hessian, jacobian

def himmelblau(xy):
    x, y = xy
    return (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2

at_min = torch.tensor([3.0, 2.0])
print(jacobian(himmelblau, at_min))
H = hessian(himmelblau, at_min)
print(H, torch.linalg.eigvalsh(H) > 0)
origin = torch.zeros(2)
print(jacobian(himmelblau, origin), hessian(himmelblau, origin))
