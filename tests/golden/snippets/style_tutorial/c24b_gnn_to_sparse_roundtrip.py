# dense adjacency -> sparse -> dense, and the nnz count learners check
import torch

A = torch.tensor([[0., 2., 0.], [1., 0., 0.], [0., 0., 3.]])
S = A.to_sparse()
print(S.indices())
print(S.values())
print(S._nnz(), S.sparse_dim(), S.dense_dim())
print(torch.equal(S.to_dense(), A))
print(S.shape)
print((S * 2).to_dense())
