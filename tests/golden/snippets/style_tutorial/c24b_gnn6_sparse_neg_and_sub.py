# negating and subtracting sparse adjacencies (L = D - A in sparse form)
import torch

A = torch.sparse_coo_tensor(torch.tensor([[0, 1, 1, 2], [1, 0, 2, 1]]), torch.ones(4), (3, 3))
deg = torch.sparse.sum(A, dim=1).to_dense()
D = torch.sparse_coo_tensor(torch.arange(3).repeat(2, 1), deg, (3, 3))
L = D - A
print(L.coalesce())
print((-A).to_dense())
print(L.to_dense().sum(1))
