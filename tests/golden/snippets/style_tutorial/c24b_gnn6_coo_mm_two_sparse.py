# A @ A with both operands sparse (two-hop counts)
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1, 1, 2], [1, 0, 2, 1]]), torch.ones(4), (3, 3))
A2 = torch.sparse.mm(A, A)
print(A2.is_sparse)
print(A2.to_dense())
