# Scoring every (user, item) pair from a cartesian product
import torch

users = torch.tensor([0, 1])
items = torch.tensor([10, 11, 12])
pairs = torch.cartesian_prod(users, items)
print(pairs)
uu, ii = torch.meshgrid(users, items, indexing='ij')
print(uu)
print(ii)
print(torch.stack([uu.reshape(-1), ii.reshape(-1)], 1).equal(pairs))
print(torch.combinations(items, r=2))
