# The user-item interaction matrix as a sparse COO tensor
import torch

users = torch.tensor([0, 0, 1, 2, 2, 2])
items = torch.tensor([1, 3, 0, 1, 2, 3])
vals = torch.ones(6)
R = torch.sparse_coo_tensor(torch.stack([users, items]), vals, size=(3, 4))
print(R)
print(R.to_dense())
print(torch.sparse.sum(R, dim=1).to_dense())
dense = R.to_dense()
print(dense.nonzero())
print(dense.sum(0), dense.sum(1))
