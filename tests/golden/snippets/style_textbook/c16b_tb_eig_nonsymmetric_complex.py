# A non-symmetric matrix can have complex eigenvalues.
import torch

R = torch.tensor([[0.0, -2.0], [1.0, 0.0]])
vals, vecs = torch.linalg.eig(R)
print(vals, vals.dtype)
print(vecs.shape, vecs.dtype)
print(torch.linalg.eigvals(torch.tensor([[2.0, 1.0], [0.0, 3.0]])))
print(torch.allclose(R.to(vecs.dtype) @ vecs, vecs * vals))
