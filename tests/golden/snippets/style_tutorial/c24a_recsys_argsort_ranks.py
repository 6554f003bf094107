# Turning scores into ranks with argsort and sort
import torch

scores = torch.tensor([0.3, 0.9, 0.1, 0.9, 0.5])
order = torch.argsort(scores, descending=True, stable=True)
print(order)
ranks = torch.empty_like(order)
ranks[order] = torch.arange(len(order))
print(ranks)
s, i = torch.sort(scores, stable=True)
print(s, i)
print(torch.sort(scores, descending=True, stable=True).indices)
print(order.dtype, torch.arange(5).flip(0))
