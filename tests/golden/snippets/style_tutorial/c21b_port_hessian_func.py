# porting jax.hessian: a log-sum-exp function's Hessian is diag(p) - p p^T
import torch
from torch.func import grad, hessian

def lse(z):
    return torch.logsumexp(z, dim=0)

z = torch.tensor([0.2, -1.0, 0.5])
p = torch.softmax(z, 0)
print(grad(lse)(z), p)
H = hessian(lse)(z)
print(H)
print(torch.allclose(H, torch.diag(p) - torch.outer(p, p), atol=1e-6))
print(torch.linalg.eigvalsh(H).min().abs() < 1e-6)
