# torch.func.hessian with respect to the second argument only.
import torch
from torch.func import hessian, jacrev

def energy(k, x):
    return 0.5 * (k * x ** 2).sum() + (x[0] * x[1]) ** 2

k = torch.tensor([2.0, 3.0])
x = torch.tensor([1.0, -1.0])
print(hessian(energy, argnums=1)(k, x))
print(jacrev(jacrev(energy, argnums=1), argnums=0)(k, x))
