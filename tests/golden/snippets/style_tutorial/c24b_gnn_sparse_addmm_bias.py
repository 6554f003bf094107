# torch.sparse.addmm: bias + A @ H in one call
import torch

i = torch.tensor([[0, 1, 2], [1, 2, 0]])
A = torch.sparse_coo_tensor(i, torch.tensor([1., 1., 1.]), (3, 3))
H = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
bias = torch.tensor([[0.5, -0.5]]).expand(3, 2)
print(torch.sparse.addmm(bias, A, H))
print(torch.sparse.addmm(bias, A, H, beta=0.0, alpha=2.0))
print(torch.addmm(bias, A, H))
