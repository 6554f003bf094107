# torch.msort, torch.sort with dim=0 descending, torch.argsort stable on ties
import torch

t = torch.tensor([[3, 1, 2], [1, 3, 1], [2, 2, 3]])
print(torch.msort(t))
print(torch.sort(t, dim=0, descending=True))
ties = torch.tensor([2, 1, 2, 1, 2])
print(torch.argsort(ties, stable=True), torch.argsort(ties, stable=True, descending=True))
f = torch.tensor([0.5, float('nan'), -1.0, float('inf')])
print(f.sort(), f.sort(descending=True).indices)
