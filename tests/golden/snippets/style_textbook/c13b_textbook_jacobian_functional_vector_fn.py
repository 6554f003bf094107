# Calculus chapter: the Jacobian of a vector function by torch.autograd.functional.jacobian vs by hand.
import torch
from torch.autograd.functional import jacobian

def f(v):
    x, y, z = v
    return torch.stack([x * y, torch.sin(z) + x ** 2, torch.exp(y * z)])

v = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
J = jacobian(f, v)
print(J)
x, y, z = v
by_hand = torch.tensor([
    [y, x, 0.0],
    [2 * x, 0.0, torch.cos(z)],
    [0.0, z * torch.exp(y * z), y * torch.exp(y * z)],
], dtype=torch.float64)
print(torch.allclose(J, by_hand))
print(torch.linalg.det(J))
rows = []
for i in range(3):
    vv = v.clone().requires_grad_()
    g, = torch.autograd.grad(f(vv)[i], vv)
    rows.append(g)
print(torch.stack(rows))
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
print(jacobian(lambda u: A @ u, torch.ones(2)))
print(jacobian(lambda a, b: a * b, (torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0]))))
