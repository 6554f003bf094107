# AD chapter: forward-mode (jvp) and reverse-mode (vjp) products for a map R^3 -> R^2.
import torch
from torch.autograd.functional import jacobian, jvp, vjp

def g(x):
    return torch.stack([x[0] ** 2 * x[1], x[1] * torch.exp(x[2])])

x = torch.tensor([1.0, 2.0, 0.0])
J = jacobian(g, x)
print(J)
u = torch.tensor([1.0, 1.0, 1.0])
out, Ju = jvp(g, x, u)
print(out, Ju, J @ u)
w = torch.tensor([1.0, -1.0])
out, wJ = vjp(g, x, w)
print(wJ, w @ J)
print(jvp(g, x, u, create_graph=True)[1].requires_grad)
basis = torch.eye(3)
cols = torch.stack([jvp(g, x, e)[1] for e in basis], dim=1)
print(cols)
rows = torch.stack([vjp(g, x, e)[1] for e in torch.eye(2)])
print(rows)
print(torch.equal(cols, rows))
