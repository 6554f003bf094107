# Exercise: for each query row find the nearest key row (Euclidean)
import torch

torch.manual_seed(3)
keys = torch.randn(6, 2)
queries = torch.randn(3, 2)
d = torch.cdist(queries, keys)
print(d)
print(d.argmin(dim=1))
print(d.topk(2, dim=1, largest=False).indices)
