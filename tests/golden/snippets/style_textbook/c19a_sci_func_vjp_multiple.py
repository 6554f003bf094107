# torch.func.vjp returns a function; cotangents may be reused
import torch
from torch.func import vjp
def flux(u, k):
    return -k * (u[1:] - u[:-1])
u = torch.tensor([1.0, 0.5, 0.25, 0.0])
k = torch.tensor(2.0)
out, pullback = vjp(flux, u, k)
print(out)
gu, gk = pullback(torch.ones(3))
print(gu, gk)
print(pullback(torch.tensor([1.0, 0.0, 0.0]))[0])
