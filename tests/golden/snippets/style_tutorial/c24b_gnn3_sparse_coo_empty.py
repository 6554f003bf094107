# an empty graph: a sparse tensor with no edges
import torch

A = torch.sparse_coo_tensor(torch.empty(2, 0, dtype=torch.long), torch.empty(0), (3, 3))
print(A)
print(A._nnz(), A.to_dense().sum())
print(torch.sparse.mm(A, torch.ones(3, 2)))
print(A.coalesce().indices().shape)
