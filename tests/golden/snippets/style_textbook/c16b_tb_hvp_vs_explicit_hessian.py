# A Hessian-vector product without forming the Hessian.
import torch
from torch.autograd.functional import hvp, hessian

def f(x):
    return (x[0] ** 2) * x[1] + torch.sin(x[1]) * x[2]

x = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
v = torch.tensor([1.0, 0.0, 1.0], dtype=torch.float64)
val, hv = hvp(f, x, v)
print(val)
print(hv)
print(hessian(f, x) @ v)
