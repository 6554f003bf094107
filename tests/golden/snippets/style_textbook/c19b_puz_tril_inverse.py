# Puzzle: lower-triangular ones matrix times diff is the identity
import torch

n = 4
L = (torch.arange(n)[:, None] >= torch.arange(n)).long()
print(L)
x = torch.tensor([2, 7, 1, 8])
s = L @ x
print(s, x.cumsum(0))
d = torch.diff(s, prepend=torch.zeros(1, dtype=torch.long))
print(d, torch.equal(d, x))
print(torch.tril(torch.ones(n, n)).long().equal(L))
print(L.sum(), L.sum(dim=0), L.sum(dim=1, keepdim=True).T)
