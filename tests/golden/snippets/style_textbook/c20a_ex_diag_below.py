# Exercise: a 5x5 matrix with values 1,2,3,4 just below the diagonal
import torch

Z = torch.diag(1 + torch.arange(4), diagonal=-1)
print(Z)
# Exercise: extract the diagonal back
print(torch.diagonal(Z, offset=-1))
print(torch.diag_embed(torch.tensor([[1, 2], [3, 4]])))
