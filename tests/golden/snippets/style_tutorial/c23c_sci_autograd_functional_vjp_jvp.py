# torch.autograd.functional.vjp and jvp on a map from R^2 to R^3.
import torch
from torch.autograd.functional import jvp, vjp

def g(p):
    return torch.stack([p[0] ** 2, p[0] * p[1], p[1] ** 3])

p = torch.tensor([1.0, 2.0], dtype=torch.float64)
out, vj = vjp(g, p, torch.tensor([1.0, 1.0, 1.0], dtype=torch.float64))
print(out, vj)
out, jv = jvp(g, p, torch.tensor([1.0, -1.0], dtype=torch.float64))
print(jv)
try:
    vjp(g, p)
except RuntimeError as e:
    print("RuntimeError:", e)
