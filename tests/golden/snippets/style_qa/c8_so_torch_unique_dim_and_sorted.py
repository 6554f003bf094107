# Q: unique rows, unique with return_counts, and keeping first-occurrence order.
import torch

x = torch.tensor([3, 1, 2, 3, 1, 5])
print(torch.unique(x), torch.unique(x, sorted=True, return_counts=True))
vals, inv = torch.unique(x, return_inverse=True)
print(vals, inv, vals[inv].equal(x))
rows = torch.tensor([[1, 2], [3, 4], [1, 2], [0, 0]])
print(torch.unique(rows, dim=0))
print(torch.unique(rows, dim=0, return_counts=True)[1])
u, idx = torch.unique(x, return_inverse=True)
first = torch.zeros_like(u).scatter_reduce(0, idx, torch.arange(len(x)), reduce='amin', include_self=False)
print(x[first.sort().values])
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 2, 1])), x.unique().numel())
