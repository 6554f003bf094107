import torch

edge_index = torch.tensor([[0, 1, 2, 2], [1, 2, 0, 1]])
values = torch.ones(edge_index.size(1))
A = torch.sparse_coo_tensor(edge_index, values, (3, 3))
print(A.to_dense())
x = torch.tensor([[1.0, 0.0], [0.0, 1.0], [2.0, 2.0]])
print(torch.sparse.mm(A, x))
print(A.is_sparse, A._nnz())
print(A.coalesce().indices())
