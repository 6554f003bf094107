# Lagrange interpolation of Runge's function at equispaced vs Chebyshev nodes.
import math
import torch

def lagrange(xn, yn, x):
    total = torch.zeros_like(x)
    for j in range(len(xn)):
        others = torch.cat([xn[:j], xn[j + 1:]])
        basis = torch.prod((x[:, None] - others) / (xn[j] - others), dim=1)
        total += yn[j] * basis
    return total

runge = lambda x: 1 / (1 + 25 * x ** 2)
x = torch.linspace(-1, 1, 201, dtype=torch.float64)
n = 11
equi = torch.linspace(-1, 1, n, dtype=torch.float64)
cheb = torch.cos((2 * torch.arange(n, dtype=torch.float64) + 1) * math.pi / (2 * n))
for name, nodes in [("equispaced", equi), ("chebyshev", cheb)]:
    err = (lagrange(nodes, runge(nodes), x) - runge(x)).abs().max()
    print(name, round(err.item(), 4))
