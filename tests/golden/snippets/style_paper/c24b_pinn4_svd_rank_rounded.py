# singular values of a snapshot matrix (POD modes), rounded
import torch

X = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 6.1], [1.0, 0.0, 1.0]], dtype=torch.float64)
S = torch.linalg.svdvals(X)
print(S.round(decimals=5))
energy = (S ** 2).cumsum(0) / (S ** 2).sum()
print(energy.round(decimals=5))
print(torch.linalg.matrix_rank(X, atol=0.5))
