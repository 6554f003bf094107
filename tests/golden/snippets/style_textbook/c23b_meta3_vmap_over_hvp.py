import torch
from torch.func import vmap, vjp, grad

# Reverse-over-reverse HVPs for several probe vectors at once
def potential(z):
    return (z.cos() * z ** 2).sum()

point = torch.tensor([0.5, 1.0, -1.0])
_, pull = vjp(grad(potential), point)
probes = torch.tensor([[1.0, 0.0, 0.0], [0.0, 1.0, 1.0]])
hv = vmap(lambda p: pull(p)[0])(probes)
print(hv.shape, hv.round(decimals=4))
full = torch.func.hessian(potential)(point)
print(torch.allclose(hv, probes @ full, atol=1e-5))
