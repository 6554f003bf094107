# printing a sparse adjacency the way tutorials do
import torch

edge_index = torch.tensor([[0, 0, 1, 2, 3], [1, 3, 2, 0, 2]])
A = torch.sparse_coo_tensor(edge_index, torch.ones(5), size=(4, 4))
print(A)
print(A.is_coalesced())
Ac = A.coalesce()
print(Ac.is_coalesced(), Ac.indices().shape, Ac.values())
print(Ac.layout, Ac.dtype, Ac.size())
print(Ac.to_dense().sum(0))
