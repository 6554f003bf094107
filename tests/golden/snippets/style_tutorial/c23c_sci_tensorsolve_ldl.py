# tensorsolve for a reshaped system and LDL factorisation of a symmetric indefinite matrix.
import torch

A = torch.eye(6, dtype=torch.float64).reshape(2, 3, 6) * 2
b = torch.arange(6, dtype=torch.float64).reshape(2, 3)
print(torch.linalg.tensorsolve(A, b))
S = torch.tensor([[4.0, 2.0], [2.0, -3.0]], dtype=torch.float64)
LD, piv = torch.linalg.ldl_factor(S)
print(LD.shape, piv)
x = torch.linalg.ldl_solve(LD, piv, torch.tensor([[2.0], [-1.0]], dtype=torch.float64))
print(x.round(decimals=10))
