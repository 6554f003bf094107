# vjp and jvp of the same elementwise map agree with the diagonal Jacobian.
import torch
from torch.autograd.functional import vjp, jvp

def g(x):
    return x.exp() * x

x = torch.tensor([0.0, 0.5, 1.0])
v = torch.tensor([1.0, 2.0, -1.0])
out, vj = vjp(g, x, v)
out2, jv = jvp(g, x, v)
print(out)
print(vj)
print(jv)
print(torch.allclose(vj, jv), torch.equal(out, out2))
