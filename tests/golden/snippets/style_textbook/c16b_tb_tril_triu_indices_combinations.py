# Triangles, index helpers and combinatorics.
import torch

M = torch.arange(1, 17).view(4, 4)
print(torch.tril(M, diagonal=-1))
print(torch.triu(M, 2))
print(torch.tril_indices(3, 3))
print(torch.triu_indices(3, 4, offset=1))
print(torch.combinations(torch.tensor([1, 2, 3])))
print(torch.cartesian_prod(torch.tensor([0, 1]), torch.tensor([5, 6, 7])))
