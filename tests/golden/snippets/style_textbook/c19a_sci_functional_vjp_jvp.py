# vjp and jvp from torch.autograd.functional
import torch
from torch.autograd.functional import vjp, jvp
def g(x):
    return torch.stack([x[0] ** 2 * x[1], 5 * x[0] + torch.sin(x[1])])
x = torch.tensor([1.0, 2.0])
out, vj = vjp(g, x, torch.tensor([1.0, 1.0]))
print(out)
print(vj)
out2, jv = jvp(g, x, torch.tensor([0.0, 1.0]))
print(jv)
try:
    vjp(g, x)
except RuntimeError as e:
    print(e)
