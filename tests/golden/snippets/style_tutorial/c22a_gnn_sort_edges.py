import torch

edge_index = torch.tensor([[2, 0, 1, 0, 2], [0, 2, 0, 1, 1]])
N = 3
key = edge_index[0] * N + edge_index[1]
perm = key.argsort()
print(perm)
print(edge_index[:, perm])
vals, perm2 = torch.sort(edge_index[1], stable=True)
print(vals, perm2)
rowptr = torch.zeros(N + 1, dtype=torch.long)
rowptr[1:] = torch.bincount(edge_index[0], minlength=N).cumsum(0)
print(rowptr)
