# d2l math appendix: eigendecomposition, power iteration for the top eigenvalue, and matrix powers via eigenvalues.
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0]], dtype=torch.float64)
evals, evecs = torch.linalg.eigh(A)
print(evals)
print(evecs.abs())
print(torch.allclose(evecs @ torch.diag(evals) @ evecs.T, A))
torch.manual_seed(41)
v = torch.randn(2, dtype=torch.float64)
for i in range(20):
    v = A @ v
    v = v / v.norm()
print((v @ A @ v).item(), evals.max().item())
B = torch.tensor([[4.0, 1.0], [2.0, 3.0]])
vals, vecs = torch.linalg.eig(B)
print(vals)
print(torch.linalg.eigvals(B).real.sort().values)
k = 10
A10 = evecs @ torch.diag(evals ** k) @ evecs.T
print(A10, torch.linalg.matrix_power(A, k))
M = torch.randn(4, 4, dtype=torch.float64) / 2
print(torch.linalg.eigvals(M).abs().max() < 2, torch.trace(A), evals.sum(), torch.det(A), evals.prod())
