# Kronecker products, block-diagonal matrices and tensordot.
import torch

A = torch.tensor([[1, 2], [3, 4]])
I = torch.eye(2, dtype=torch.int64)
print(torch.kron(I, A))
print(torch.block_diag(A, torch.tensor([[9]]), torch.tensor([[5, 6]])))
X = torch.arange(24.0).view(2, 3, 4)
Y = torch.arange(12.0).view(4, 3)
print(torch.tensordot(X, Y, dims=([1, 2], [1, 0])))
print(torch.tensordot(torch.ones(3, 4), torch.ones(4, 5), dims=1).shape)
print(torch.tensordot(A.float(), A.float(), dims=0).shape)
