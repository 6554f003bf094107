# an Erdos-Renyi graph from a seeded upper-triangular random mask
import torch

torch.manual_seed(131)
n, p = 6, 0.4
mask = torch.rand(n, n) < p
mask = torch.triu(mask, diagonal=1)
A = (mask | mask.T).long()
print(A)
print(A.sum() // 2, "edges")
print(torch.equal(A, A.T), A.diagonal().sum())
