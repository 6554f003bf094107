# Linear algebra appendix: eigen-decomposition of a symmetric float64 matrix, A v = lambda v, trace and det.
import torch

torch.manual_seed(19)
B = torch.randn(4, 4, dtype=torch.float64)
A = B @ B.T + torch.eye(4, dtype=torch.float64)
vals, vecs = torch.linalg.eigh(A)
print(vals)
print(torch.allclose(A @ vecs, vecs * vals))
print(torch.allclose(vecs.T @ vecs, torch.eye(4, dtype=torch.float64)))
print(vals.sum().item(), torch.trace(A).item())
print(torch.isclose(vals.prod(), torch.det(A)))
print((vals > 0).all(), vals.dtype, vecs.shape)
