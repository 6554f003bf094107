import torch
from torch.autograd.functional import vhp, hvp, vjp, jvp

def linear(x):
    return (3 * x).sum()

x = torch.tensor([1.0, 2.0])
v = torch.ones(2)
print(vhp(linear, x, v))
try:
    vhp(linear, x, v, strict=True)
except Exception as e:
    print(type(e).__name__, e)
print(vjp(lambda t: t ** 2, x, v))
print(jvp(lambda t: t ** 2, x, v))
try:
    hvp(lambda t: t ** 2, x, v)
except Exception as e:
    print(type(e).__name__, e)
