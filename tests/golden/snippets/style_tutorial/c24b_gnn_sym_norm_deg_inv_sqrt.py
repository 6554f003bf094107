# GCN normalisation D^-1/2 (A + I) D^-1/2 on a tiny path graph
import torch

A = torch.tensor([[0., 1., 0., 0.],
                  [1., 0., 1., 0.],
                  [0., 1., 0., 1.],
                  [0., 0., 1., 0.]])
A_hat = A + torch.eye(4)
deg = A_hat.sum(dim=1)
print("degrees:", deg)
d_inv_sqrt = deg.pow(-0.5)
print(d_inv_sqrt)
D = torch.diag(d_inv_sqrt)
norm = D @ A_hat @ D
print(norm)
alt = d_inv_sqrt[:, None] * A_hat * d_inv_sqrt[None, :]
print(torch.allclose(norm, alt))
print(norm.sum(1))
