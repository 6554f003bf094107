import torch
from torch.func import hessian, jacrev

# Bilevel toy: curvature blocks between an inner weight u and a hyperparameter h
def inner_objective(u, h):
    return (u.pow(2) * h.exp()).sum() + u.prod() * h.sum()

u0 = torch.tensor([1.0, -0.5])
h0 = torch.tensor([0.0, 0.2])
blocks = hessian(inner_objective, argnums=(0, 1))(u0, h0)
uu, uh = blocks[0]
hu, hh = blocks[1]
print(uu.round(decimals=4))
print(uh.round(decimals=4), torch.allclose(uh, hu.T))
print(hh.round(decimals=4))
print(jacrev(inner_objective, argnums=(0, 1))(u0, h0)[1].round(decimals=4))
