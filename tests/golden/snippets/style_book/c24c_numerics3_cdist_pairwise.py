# Section 11.6: pairwise distances without matrix products
import torch

a = torch.tensor([[0.0, 0.0], [1.0, 1.0], [3.0, 4.0]])
b = torch.tensor([[0.0, 0.0], [6.0, 8.0]])
print(torch.cdist(a, b, p=1))
print(torch.cdist(a, b, p=float("inf")))
print(torch.cdist(a, b, p=0))
print(torch.pdist(a, p=1))
