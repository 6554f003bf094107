# torch.tril_indices and torch.triu_indices with offsets
import torch

print(torch.tril_indices(3, 3))
print(torch.tril_indices(4, 3, -1))
print(torch.tril_indices(4, 3, 1))
print(torch.triu_indices(3, 3))
print(torch.triu_indices(4, 3, -1))
a = torch.arange(9).view(3, 3)
r, c = torch.triu_indices(3, 3, 1)
print(a[r, c])
