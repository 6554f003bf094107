# Puzzle 4: diag(a) of a square matrix with fancy indexing
import torch

def diag(a):
    i = torch.arange(a.shape[0])
    return a[i, i]

m = torch.arange(16).reshape(4, 4)
print(m)
print(diag(m), torch.diag(m), m.diagonal())
print(torch.diagonal(m, offset=1), torch.diagonal(m, offset=-2))
r = torch.arange(6).view(2, 3)
print(torch.diag(r))
print(diag(r))
