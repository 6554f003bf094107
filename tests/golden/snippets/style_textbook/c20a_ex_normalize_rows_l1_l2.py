# Exercise: normalise the rows of a matrix to unit L1 and L2 norm
import torch
import torch.nn.functional as F

torch.manual_seed(0)
M = torch.rand(3, 4)
l1 = M / M.abs().sum(dim=1, keepdim=True)
l2 = M / M.norm(dim=1, keepdim=True)
print(l1.sum(dim=1))
print(l2.norm(dim=1))
print(torch.allclose(l2, F.normalize(M, dim=1)), torch.allclose(l1, F.normalize(M, p=1, dim=1)))
