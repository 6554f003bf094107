# vibration modes: eigh of a symmetric stiffness matrix (rounded)
import torch

K = torch.tensor([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]], dtype=torch.float64)
w, V = torch.linalg.eigh(K)
print(w.round(decimals=6))
V = V * torch.sign(V[0])
print(V.round(decimals=6) + 0.0)
print(torch.allclose(V.T @ V, torch.eye(3, dtype=torch.float64)))
res = torch.linalg.eigh(K)
print(type(res).__name__, res.eigenvalues.dtype)
print(torch.linalg.eigvalsh(K, UPLO="U").round(decimals=6))
