# QR decomposition: Q orthonormal, R upper triangular, reduced vs complete shapes.
import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], dtype=torch.float64)
Q, R = torch.linalg.qr(A)
print(Q.shape, R.shape)
print(torch.allclose(Q.T @ Q, torch.eye(2, dtype=torch.float64)))
print(torch.allclose(Q @ R, A), torch.equal(R, R.triu()))
Qc, Rc = torch.linalg.qr(A, mode="complete")
print(Qc.shape, Rc.shape)
print(torch.linalg.qr(A, mode="r").Q.shape)
