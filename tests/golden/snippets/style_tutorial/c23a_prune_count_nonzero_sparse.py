# Counting zeros after pruning: count_nonzero, and the sparse COO view
import torch

w = torch.tensor([[0.0, 1.5, 0.0], [0.0, 0.0, -2.0], [0.3, 0.0, 0.0]])
print(torch.count_nonzero(w), torch.count_nonzero(w, dim=0))
s = w.to_sparse()
print(s.indices())
print(s.values(), s._nnz(), s.is_sparse)
print(torch.equal(s.to_dense(), w))
