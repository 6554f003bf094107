# classical Gram-Schmidt by hand, checked against QR
import torch

A = torch.tensor([[1.0, 1.0, 0.0], [1.0, 0.0, 1.0], [0.0, 1.0, 1.0]])
Q = torch.zeros_like(A)
for j in range(A.shape[1]):
    v = A[:, j].clone()
    for i in range(j):
        v -= (Q[:, i] @ A[:, j]) * Q[:, i]
    Q[:, j] = v / v.norm()
print(Q)
print(torch.allclose(Q.T @ Q, torch.eye(3), atol=1e-6))
Qr, R = torch.linalg.qr(A)
print(Qr.abs())
print(torch.allclose(Q.abs(), Qr.abs(), atol=1e-6))
print(R.diag())
