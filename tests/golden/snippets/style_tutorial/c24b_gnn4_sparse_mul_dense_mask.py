# masking edge scores: sparse * dense of the same shape keeps the sparsity
import torch

i = torch.tensor([[0, 1, 2], [1, 2, 0]])
A = torch.sparse_coo_tensor(i, torch.ones(3), (3, 3)).coalesce()
scores = torch.arange(9.0).view(3, 3)
masked = A * scores
print(masked)
print(masked.to_dense())
print(A.mul(2.5).values())
