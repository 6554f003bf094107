# Puzzle: mode via bincount argmax
import torch

x = torch.tensor([4, 1, 4, 2, 1, 4, 2, 1])
counts = torch.bincount(x)
print(counts, counts.argmax())
print(torch.mode(x))
print(torch.unique(x, return_counts=True))
print(x.float().mode())
m = torch.tensor([[1, 2, 2], [3, 3, 1]])
print(m.mode(dim=1))
