# Saddle points and the Hessian: eigenvalues of f(x, y) = x^2 - y^2 and of a non-quadratic function.
import torch
from torch.autograd.functional import hessian, jacobian

def saddle(v):
    return v[0] ** 2 - v[1] ** 2

p = torch.tensor([0.0, 0.0])
H = hessian(saddle, p)
print(H, torch.linalg.eigvalsh(H))

def f(v):
    x, y = v[0], v[1]
    return x ** 3 - 3 * x + y ** 2 + x * y

for point in ([1.0, -0.5], [-1.0, 0.5], [0.0, 0.0]):
    q = torch.tensor(point)
    g = jacobian(f, q)
    Hq = hessian(f, q)
    ev = torch.linalg.eigvalsh(Hq)
    kind = "min" if (ev > 0).all() else "max" if (ev < 0).all() else "saddle"
    print(point, g, ev, kind)
x = torch.tensor([0.5, 0.5], requires_grad=True)
for step in range(5):
    (g,) = torch.autograd.grad(f(x), x, create_graph=True)
    Hx = torch.stack([torch.autograd.grad(g[i], x, retain_graph=True)[0] for i in range(2)])
    with torch.no_grad():
        x -= torch.linalg.solve(Hx, g)
    print(step, x.detach(), f(x).item())
