# Normal modes of two coupled springs: eigh of the stiffness matrix.
import torch

k = 1.0
K = torch.tensor([[2 * k, -k], [-k, 2 * k]], dtype=torch.float64)
vals, vecs = torch.linalg.eigh(K)
print(vals)
print(vecs.abs())
print(torch.sqrt(vals))
print(torch.allclose(K @ vecs, vecs * vals))
print(torch.linalg.eigvalsh(K).dtype)
