# Gauss-Legendre nodes and weights from the eigenvalues of the Jacobi matrix.
import torch

n = 4
k = torch.arange(1, n, dtype=torch.float64)
beta = k / torch.sqrt(4 * k ** 2 - 1)
J = torch.diag(beta, 1) + torch.diag(beta, -1)
nodes, vecs = torch.linalg.eigh(J)
weights = 2 * vecs[0] ** 2
print(nodes)
print(weights)
f = lambda x: x ** 6 + x ** 2
print(f"{(weights * f(nodes)).sum().item():.12f}", f"{2 / 7 + 2 / 3:.12f}")
