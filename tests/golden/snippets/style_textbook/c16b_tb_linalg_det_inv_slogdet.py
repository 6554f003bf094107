# Determinant, inverse and the sign/log-determinant pair.
import torch

A = torch.tensor([[4.0, 7.0], [2.0, 6.0]], dtype=torch.float64)
print(torch.linalg.det(A))
Ainv = torch.linalg.inv(A)
print(Ainv)
print(A @ Ainv)
sign, logabs = torch.linalg.slogdet(-A)
print(sign, logabs, torch.log(torch.tensor(10.0, dtype=torch.float64)))
print(torch.det(torch.eye(3) * 2))
