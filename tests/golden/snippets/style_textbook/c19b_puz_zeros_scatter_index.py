# Puzzle: build a permutation matrix from indices
import torch

perm = torch.tensor([2, 0, 3, 1])
P = torch.zeros(4, 4, dtype=torch.long)
P[torch.arange(4), perm] = 1
print(P)
v = torch.tensor([10, 20, 30, 40])
print(P @ v, v[perm])
print(P.T @ (P @ v))
print(torch.argsort(perm), P.argmax(0))
print(torch.eye(4, dtype=torch.long)[perm].equal(P))
