# Puzzle: sort by counting smaller elements (ties broken by index)
import torch

x = torch.tensor([3, 1, 2, 1])
n = x.shape[0]
i = torch.arange(n)
smaller = (x[None, :] < x[:, None]) | ((x[None, :] == x[:, None]) & (i[None, :] < i[:, None]))
pos = smaller.sum(1)
out = torch.empty_like(x)
out[pos] = x
print(pos, out)
print(torch.sort(x, stable=True))
print(x.msort(), x.sort(descending=True).values)
