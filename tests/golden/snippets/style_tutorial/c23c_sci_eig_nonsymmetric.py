# Eigenvalues of a non-symmetric rotation-like matrix are complex; eig returns complex dtypes.
import torch

A = torch.tensor([[0.0, -1.0], [1.0, 0.0]], dtype=torch.float64)
vals, vecs = torch.linalg.eig(A)
print(vals.dtype, vecs.dtype)
print(sorted((round(v.real, 6), round(v.imag, 6)) for v in vals.tolist()))
print(vals.abs())
B = torch.tensor([[2.0, 1.0], [0.0, 3.0]], dtype=torch.float64)
print(torch.linalg.eigvals(B).real.sort().values, torch.linalg.eigvals(B).imag)
