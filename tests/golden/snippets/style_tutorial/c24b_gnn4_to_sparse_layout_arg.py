# Tensor.to_sparse with a layout argument
import torch

A = torch.tensor([[0.0, 1.0], [2.0, 0.0]])
print(A.to_sparse(layout=torch.sparse_coo))
print(A.to_sparse(layout=torch.sparse_csr).layout)
print(A.to_sparse(1))
print(A.to_sparse(sparse_dim=2)._nnz())
