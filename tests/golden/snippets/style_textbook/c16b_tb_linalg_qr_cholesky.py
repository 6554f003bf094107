# QR and Cholesky factorisations checked by multiplying back.
import torch

A = torch.tensor([[2.0, 1.0], [1.0, 3.0], [0.0, 1.0]], dtype=torch.float64)
Q, R = torch.linalg.qr(A)
print(Q.shape, R)
print(torch.allclose(Q @ R, A))
Q2, R2 = torch.linalg.qr(A, mode='complete')
print(Q2.shape, R2.shape)
G = A.T @ A
Lc = torch.linalg.cholesky(G)
print(Lc)
print(torch.allclose(Lc @ Lc.T, G))
