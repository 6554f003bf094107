# Converting a dense rating matrix with to_sparse and reading it back
import torch

dense = torch.tensor([[0.0, 4.0, 0.0], [5.0, 0.0, 0.0], [0.0, 0.0, 3.0]])
s = dense.to_sparse()
print(s)
print(s.is_coalesced(), s._nnz(), s.sparse_dim(), s.dense_dim())
print(s.indices(), s.values())
print(torch.equal(s.to_dense(), dense))
print((s * 2).to_dense())
print(s.t().to_dense())
