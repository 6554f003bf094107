import torch

A = torch.tensor([[0., 1., 1., 0.], [1., 0., 1., 0.], [1., 1., 0., 1.], [0., 0., 1., 0.]])
D = torch.diag(A.sum(1))
L = D - A
print(L)
evals = torch.linalg.eigvalsh(L)
print(evals.round(decimals=4))
d_inv_sqrt = A.sum(1).pow(-0.5)
L_sym = torch.eye(4) - d_inv_sqrt[:, None] * A * d_inv_sqrt[None, :]
print(L_sym.diagonal())
print(torch.trace(L))
