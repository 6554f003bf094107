# Nested transforms over different arguments return plain tensors (no grad_fn),
# unless the result depends on a tensor that requires grad outside.
import torch
from torch.func import grad, jacfwd, jacrev, vjp

def energy(k, x):
    return 0.5 * (k * x ** 2).sum() + (x[0] * x[1]) ** 2

k = torch.tensor([2.0, 3.0])
x = torch.tensor([1.0, 2.0])
print(jacrev(jacrev(energy, argnums=1), argnums=0)(k, x))
print(jacrev(grad(energy, argnums=1))(k, x))
print(jacfwd(jacrev(energy, argnums=1), argnums=0)(k, x))
print(grad(lambda kk: vjp(lambda xx: energy(kk, xx), x)[1](torch.tensor(1.0))[0].sum())(k))
w = torch.tensor([1.0, 1.0], requires_grad=True)
out = jacrev(grad(energy, argnums=1))(k * w, x)
print(out.grad_fn is not None, out.requires_grad)
