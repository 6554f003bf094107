# Selecting user rows from a sparse interaction matrix
import torch

idx = torch.tensor([[0, 0, 1, 2, 2], [0, 2, 1, 0, 3]])
R = torch.sparse_coo_tensor(idx, torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0]), (3, 4))
rows = R.index_select(0, torch.tensor([2, 0]))
print(rows.to_dense())
print(R.coalesce().values())
print(torch.sparse.sum(R, dim=0).to_dense())
print(R.to_dense()[torch.tensor([2, 0])].equal(rows.to_dense()))
