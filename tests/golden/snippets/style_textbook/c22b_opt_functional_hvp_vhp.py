import torch
from torch.autograd.functional import hvp, vhp, jacobian


def f(x):
    return (x[0] ** 2) * x[1] + torch.exp(x[1])


x = torch.tensor([1.0, 0.5])
v = torch.tensor([1.0, -1.0])
out, hv = hvp(f, x, v)
print(out, hv)
out2, vh = vhp(f, x, v)
print(out2, vh)
J = jacobian(lambda z: torch.stack([z[0] * z[1], z[0] + z[1] ** 2]), x)
print(J)
