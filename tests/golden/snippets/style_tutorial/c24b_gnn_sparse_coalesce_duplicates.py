# duplicate edges are summed when a COO adjacency is coalesced
import torch

i = torch.tensor([[0, 1, 0, 2, 0], [1, 2, 1, 0, 1]])
v = torch.tensor([1., 1., 1., 1., 2.])
A = torch.sparse_coo_tensor(i, v, (3, 3))
print(A._nnz())
B = A.coalesce()
print(B._nnz())
print(B.indices())
print(B.values())
print(B.to_dense())
print(torch.sparse.sum(B))
print(torch.sparse.sum(B, dim=1))
