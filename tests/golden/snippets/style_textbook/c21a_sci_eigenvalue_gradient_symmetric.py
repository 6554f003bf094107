# The gradient of the largest eigenvalue of a symmetric matrix is v v^T.
import torch

A = torch.tensor([[2.0, 0.5], [0.5, 1.0]], dtype=torch.float64, requires_grad=True)
vals, vecs = torch.linalg.eigh(A)
vals[-1].backward()
v = vecs[:, -1].detach()
print(vals.detach())
print(A.grad)
print(torch.allclose(A.grad, torch.outer(v, v)))
