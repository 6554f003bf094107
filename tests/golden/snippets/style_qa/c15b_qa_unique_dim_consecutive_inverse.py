# Q: unique rows of a matrix, and unique_consecutive for run-length encoding.
import torch

m = torch.tensor([[1, 2], [3, 4], [1, 2], [0, 5]])
rows, inverse, counts = torch.unique(m, dim=0, return_inverse=True, return_counts=True)
print(rows, inverse, counts)
seq = torch.tensor([1, 1, 2, 2, 2, 3, 1, 1])
vals, runs = torch.unique_consecutive(seq, return_counts=True)
print(vals, runs)
print(torch.unique(seq, sorted=True, return_inverse=True))
print(torch.repeat_interleave(vals, runs))
