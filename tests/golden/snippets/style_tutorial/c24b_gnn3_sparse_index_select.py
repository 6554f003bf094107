# selecting a node subset's rows from a sparse adjacency with index_select
import torch

idx = torch.tensor([[0, 1, 1, 2, 3], [1, 0, 3, 3, 2]])
A = torch.sparse_coo_tensor(idx, torch.tensor([1., 2., 3., 4., 5.]), (4, 4))
sub = A.index_select(0, torch.tensor([1, 3]))
print(sub)
print(sub.to_dense())
print(A.coalesce().index_select(1, torch.tensor([3])).to_dense().squeeze(1))
