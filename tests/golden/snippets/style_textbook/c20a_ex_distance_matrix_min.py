# Exercise: find the two closest distinct points in a set
import torch

torch.manual_seed(1)
P = torch.rand(8, 2)
D = torch.cdist(P, P)
D.fill_diagonal_(float('inf'))
i = D.argmin()
r, c = i // 8, i % 8
print(r, c, D[r, c])
print(torch.unravel_index(i, D.shape))
