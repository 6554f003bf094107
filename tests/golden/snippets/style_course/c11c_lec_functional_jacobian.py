# Lecture: torch.autograd.functional.jacobian on functions of one and two inputs.
import torch
from torch.autograd.functional import jacobian

def polar_to_cart(p):
    r, theta = p[0], p[1]
    return torch.stack([r * torch.cos(theta), r * torch.sin(theta)])

p = torch.tensor([2.0, 0.5])
J = jacobian(polar_to_cart, p)
print(J)
print("det J =", torch.det(J).item(), "(should be r = 2)")

def g(x, y):
    return x * y + torch.exp(x) - y ** 2

x = torch.tensor([0.1, 0.2, 0.3])
y = torch.tensor([1.0, -1.0, 2.0])
Jx, Jy = jacobian(g, (x, y))
print(Jx)
print(Jy)
print(type(jacobian(g, (x, y))).__name__, Jx.shape, Jx.requires_grad)
W = torch.arange(6.0).reshape(2, 3)
print(jacobian(lambda v: W @ v, torch.ones(3)))
print(jacobian(lambda v: v.sum(), torch.ones(3)))
