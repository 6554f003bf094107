# reversing edge direction: transposing a sparse adjacency
import torch

i = torch.tensor([[0, 0, 2], [1, 2, 1]])
A = torch.sparse_coo_tensor(i, torch.tensor([1., 2., 3.]), (3, 3)).coalesce()
At = A.t()
print(At.to_dense())
print(At.coalesce().indices())
print(torch.equal(A.transpose(0, 1).to_dense(), A.to_dense().T))
x = torch.tensor([1., 10., 100.]).unsqueeze(1)
print(torch.sparse.mm(At, x).squeeze())
