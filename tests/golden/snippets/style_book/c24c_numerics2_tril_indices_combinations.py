# Section 11.2: index helpers for pairwise computations
import torch

n_pts = 4
below = torch.tril_indices(n_pts, n_pts, offset=-1)
print(below)
print(torch.triu_indices(2, 4, offset=1))
pairs = torch.combinations(torch.arange(n_pts), r=2)
print(pairs.shape, pairs[:3])
print(torch.combinations(torch.tensor([1, 2]), with_replacement=True))
print(torch.cartesian_prod(torch.tensor([0, 1]), torch.tensor([5, 6])))
