# Hessian-vector product as jvp(grad(f)) for the log-sum-exp function.
import torch
from torch.func import grad, hessian, jvp

def lse(x):
    return torch.logsumexp(x, dim=0)

x = torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64)
v = torch.tensor([1.0, -1.0, 0.0], dtype=torch.float64)
_, hv = jvp(grad(lse), (x,), (v,))
p = torch.softmax(x, 0)
print(hv)
print(hessian(lse)(x) @ v)
print(torch.allclose(hv, (torch.diag(p) - torch.outer(p, p)) @ v))
