# element-wise ops on the stored edge weights: pow, sqrt, abs keep the pattern
import torch

W = torch.sparse_coo_tensor(torch.tensor([[0, 1, 2], [1, 2, 0]]), torch.tensor([4.0, -9.0, 16.0]), (3, 3))
print(W.abs().sqrt().to_dense())
print(W.pow(2).coalesce().values())
print(torch.sqrt(W.abs()).is_sparse)
