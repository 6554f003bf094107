# HW: vector-Jacobian and Jacobian-vector products, checked against the full Jacobian
import torch
from torch.autograd.functional import jacobian, jvp, vjp


def f(x):
    return torch.stack([x[0] ** 2 * x[1], torch.exp(x[1]), x[0] - x[1]])


x = torch.tensor([1.0, 0.5])
J = jacobian(f, x)
u = torch.tensor([1.0, -1.0, 2.0])
v = torch.tensor([0.5, 2.0])
_, uJ = vjp(f, x, u)
_, Jv = jvp(f, x, v)
print(uJ, u @ J)
print(Jv, J @ v)
torch.testing.assert_close(uJ, u @ J)
torch.testing.assert_close(Jv, J @ v)
print("vjp/jvp: PASS")
