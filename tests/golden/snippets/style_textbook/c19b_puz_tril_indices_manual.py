# Puzzle: tril_indices from a mask and nonzero
import torch

n = 4
mask = torch.arange(n)[:, None] >= torch.arange(n)
rows, cols = mask.nonzero(as_tuple=True)
print(torch.stack([rows, cols]))
print(torch.tril_indices(n, n))
print(torch.equal(torch.stack([rows, cols]), torch.tril_indices(n, n)))
print(torch.triu_indices(3, 3, offset=1))
print(torch.tril_indices(2, 3).dtype)
