import torch

A = torch.tensor([[0., 1., 1., 0.],
                  [1., 0., 1., 0.],
                  [1., 1., 0., 1.],
                  [0., 0., 1., 0.]])
A_hat = A + torch.eye(4)
deg = A_hat.sum(1)
D_inv_sqrt = torch.diag(deg.pow(-0.5))
A_norm = D_inv_sqrt @ A_hat @ D_inv_sqrt
print(deg)
print(A_norm)
print(torch.allclose(A_norm, A_norm.T))
