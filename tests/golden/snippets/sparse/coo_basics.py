# A COO tensor as learners build one: its parts, its printout, coalescing
import torch

i = torch.tensor([[1, 0, 1], [0, 2, 0]])
v = torch.tensor([1.0, 2.0, 3.0])
s = torch.sparse_coo_tensor(i, v, (2, 3))
print(s)
print(s.is_sparse, s.layout, s.shape, s.dtype, s.sparse_dim(), s.dense_dim(), s._nnz())
print(s.is_coalesced(), s._indices(), s._values())
try:
    s.indices()
except RuntimeError as e:
    print(e)
c = s.coalesce()
print(c, c.is_coalesced())
print(c.indices(), c.values())
print(s.to_dense())
print(torch.sparse_coo_tensor(i, v))
print(torch.sparse_coo_tensor(i, v, (2, 3), dtype=torch.float64))
print(torch.sparse_coo_tensor([[0, 2]], [[1.0, 2.0], [3.0, 4.0]], (3, 2)))
print(torch.sparse_coo_tensor(torch.zeros(2, 0, dtype=torch.long), torch.tensor([]), (2, 3)))
print(torch.sparse_coo_tensor([[0, 1]], [4, 5]).dtype, type(s), s.stride(), len(s), s.numel(), s.dim())
