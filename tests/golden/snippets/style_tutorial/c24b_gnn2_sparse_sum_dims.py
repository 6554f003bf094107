# row and column sums of a sparse adjacency (degrees) with torch.sparse.sum
import torch

idx = torch.tensor([[0, 0, 1, 2, 3, 3], [1, 3, 2, 0, 0, 2]])
A = torch.sparse_coo_tensor(idx, torch.ones(6), (4, 4))
out_deg = torch.sparse.sum(A, dim=1)
print(out_deg)
print(out_deg.to_dense())
print(torch.sparse.sum(A, dim=0).to_dense())
print(torch.sparse.sum(A))
print(torch.sparse.sum(A, dim=(0, 1)))
