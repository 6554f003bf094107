# torch.autograd.functional: vjp, jvp, hvp and vhp on small functions.
import torch
from torch.autograd.functional import vjp, jvp, hvp, vhp, jacobian

def f(x):
    return x ** 2 + x.sin()

def energy(x):
    return (x ** 3).sum() + x.prod()

x = torch.tensor([0.5, 1.0, -2.0])
v = torch.tensor([1.0, 0.0, 2.0])
out, vjp_val = vjp(f, x, v)
print(out, vjp_val)
out, jvp_val = jvp(f, x, v)
print(jvp_val)
val, hvp_val = hvp(energy, x, v)
print(val, hvp_val)
val, vhp_val = vhp(energy, x, v)
print(vhp_val, torch.allclose(hvp_val, vhp_val))
print(jacobian(f, x))
print(jacobian(lambda a, b: a * b, (x, v)))
