# torch.matmul broadcasting cases, bmm, addmm, mv, baddbmm
import torch

torch.manual_seed(0)
print(torch.matmul(torch.randn(3), torch.randn(3)).size())
print(torch.matmul(torch.randn(3, 4), torch.randn(4)).size())
print(torch.matmul(torch.randn(10, 3, 4), torch.randn(4)).size())
print(torch.matmul(torch.randn(10, 3, 4), torch.randn(10, 4, 5)).size())
print(torch.matmul(torch.randn(10, 3, 4), torch.randn(4, 5)).size())
M = torch.randn(2, 3)
mat1 = torch.randn(2, 3)
mat2 = torch.randn(3, 3)
print(torch.addmm(M, mat1, mat2, beta=0.5, alpha=2))
print(torch.mv(mat1, torch.randn(3)))
print(torch.baddbmm(torch.randn(2, 1, 2), torch.randn(2, 1, 3), torch.randn(2, 3, 2)))
