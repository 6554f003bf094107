# a small linear system from a finite-difference stencil, solved in float64
import torch

n = 5
h = 1.0 / (n + 1)
main = torch.full((n,), 2.0, dtype=torch.float64)
off = torch.full((n - 1,), -1.0, dtype=torch.float64)
K = (torch.diag(main) + torch.diag(off, 1) + torch.diag(off, -1)) / h ** 2
print(K[:2])
f = torch.ones(n, dtype=torch.float64)
u = torch.linalg.solve(K, f)
print(u.round(decimals=6))
x = torch.linspace(h, 1 - h, n, dtype=torch.float64)
print(torch.allclose(u, x * (1 - x) / 2))
print(torch.linalg.norm(K @ u - f) < 1e-10)
