# Section 11.2: index helpers for pairwise computations
import torch

print(torch.tril_indices(3, 3))
print(torch.triu_indices(3, 3, offset=1))
print(torch.combinations(torch.tensor([1, 2, 3])))
print(torch.combinations(torch.tensor([1, 2]), with_replacement=True))
print(torch.cartesian_prod(torch.tensor([0, 1]), torch.tensor([5, 6])))
