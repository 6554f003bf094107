# torch.func.grad and vmap: per-point derivatives of a scalar function.
import torch
from torch.func import grad, vmap

f = lambda x: x ** 3 + torch.sin(x) * 0
x = torch.linspace(-1, 1, 5, dtype=torch.float64)
print(vmap(grad(f))(x))
print(3 * x ** 2)
print(vmap(grad(grad(f)))(x))
print(grad(lambda a, b: a * b ** 2, argnums=(0, 1))(torch.tensor(2.0), torch.tensor(3.0)))
