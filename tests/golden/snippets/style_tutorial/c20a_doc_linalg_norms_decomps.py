# torch.linalg.norm / matrix_norm, qr, cholesky, eigh
import torch

a = torch.arange(9, dtype=torch.float) - 4
B = a.reshape((3, 3))
print(torch.linalg.norm(a), torch.linalg.norm(B))
print(torch.linalg.norm(B, 'fro'), torch.linalg.norm(B, float('inf')))
print(torch.linalg.matrix_norm(B, ord=1), torch.linalg.matrix_norm(B, ord=-1))
A = torch.tensor([[12., -51, 4], [6, 167, -68], [-4, 24, -41]])
Q, R = torch.linalg.qr(A)
print(Q)
print(R)
S = torch.tensor([[4., 2.], [2., 3.]])
print(torch.linalg.cholesky(S))
print(torch.linalg.eigh(S))
