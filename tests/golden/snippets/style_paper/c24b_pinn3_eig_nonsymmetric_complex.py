# eigenvalues of a rotation-like (non-symmetric) matrix are complex
import torch

A = torch.tensor([[0.0, -1.0], [1.0, 0.0]], dtype=torch.float64)
vals = torch.linalg.eigvals(A)
print(vals)
print(vals.dtype, vals.abs())
w, V = torch.linalg.eig(A)
print(w.imag.sort().values)
print(torch.allclose(A.to(V.dtype) @ V, V * w))
