# Puzzle: rank of each element (argsort of argsort)
import torch

x = torch.tensor([30, 10, 20, 10, 50])
order = x.argsort(stable=True)
rank = order.argsort()
print(order, rank)
print((x[:, None] > x[None, :]).sum(1))
print(torch.sort(x, stable=True).indices.equal(order))
print(x.argsort(descending=True, stable=True))
print(torch.empty_like(order).scatter_(0, order, torch.arange(5)))
