# is_coalesced=True promised at construction, and operations on integer values
import torch

i = torch.tensor([[0, 1, 2], [2, 0, 1]])
A = torch.sparse_coo_tensor(i, torch.tensor([3, 1, 2]), (3, 3), is_coalesced=True)
print(A.is_coalesced(), A.dtype)
print(A.values(), A.indices())
print((A * 2).to_dense())
print(A.to(torch.float32).to_dense().dtype)
print(torch.sparse.sum(A))
