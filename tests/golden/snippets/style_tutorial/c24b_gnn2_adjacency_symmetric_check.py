# checking an adjacency: symmetric, no self loops, binary
import torch

A = torch.tensor([[0, 1, 0, 1], [1, 0, 1, 0], [0, 1, 1, 1], [1, 0, 0, 0]])
print(torch.equal(A, A.T), (A != A.T).nonzero().tolist())
print(A.diagonal(), A.diagonal().any().item())
print(A.unique())
A_sym = ((A + A.T) > 0).long()
A_sym.fill_diagonal_(0)
print(A_sym)
print(torch.equal(A_sym, A_sym.T))
