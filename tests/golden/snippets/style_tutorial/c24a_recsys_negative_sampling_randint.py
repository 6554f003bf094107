# Uniform negative sampling and rejecting items the user already has
import torch

g = torch.Generator().manual_seed(6)
n_items = 10
seen = torch.tensor([1, 3, 5])
negs = torch.randint(n_items, (8,), generator=g)
print(negs)
mask = torch.isin(negs, seen)
print(mask)
print(negs[~mask])
print(torch.randint(2, 5, (2, 3), generator=g))
print(torch.randint(n_items, (3,), generator=g, dtype=torch.int32))
try:
    torch.randint(5, 5, (2,))
except RuntimeError as e:
    print(e)
