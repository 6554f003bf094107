# Puzzle: block diagonal matrix from two blocks
import torch

A = torch.tensor([[1, 2], [3, 4]])
B = torch.tensor([[5]])
n = A.shape[0] + B.shape[0]
out = torch.zeros(n, n, dtype=torch.long)
out[:2, :2] = A
out[2:, 2:] = B
print(out)
print(torch.block_diag(A, B))
print(torch.block_diag(A, torch.tensor([7, 8])))
print(torch.block_diag(A.float(), B).dtype)
