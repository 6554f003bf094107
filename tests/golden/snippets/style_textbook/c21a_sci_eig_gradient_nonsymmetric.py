# Gradient through the eigenvalues of a non-symmetric matrix (complex eig).
import torch

A = torch.tensor([[1.0, 2.0], [0.5, 3.0]], dtype=torch.float64, requires_grad=True)
vals = torch.linalg.eigvals(A)
print(vals)
loss = vals.real.max()
loss.backward()
print(A.grad)
print(torch.trace(A.grad).item())
