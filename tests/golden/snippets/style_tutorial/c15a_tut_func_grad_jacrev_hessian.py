# torch.func: grad, nested grad, jacrev, hessian and vmap on a small scalar function
import torch
from torch.func import grad, jacrev, hessian, vmap

def energy(v):
    return (v.cos() * v ** 2).sum()

pt = torch.tensor([0.3, -1.2, 2.0])
dE = grad(energy)(pt)
print(dE)
print(torch.allclose(dE, 2 * pt * pt.cos() - pt ** 2 * pt.sin()))
second = grad(grad(lambda s: s.cos() * s ** 2))(torch.tensor(0.3))
print(second)
print(jacrev(torch.tanh)(pt))
print(hessian(energy)(pt).diagonal())
print(vmap(grad(energy))(torch.stack([pt, -pt, pt / 2])))
print(jacrev(lambda a, b: (a * b).sum(0), argnums=(0, 1))(pt.view(3, 1), pt.view(3, 1))[0].shape)
