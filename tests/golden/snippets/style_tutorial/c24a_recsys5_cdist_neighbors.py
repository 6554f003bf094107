# Nearest items by Euclidean distance with cdist
import torch

items = torch.tensor([[0.0, 0.0], [1.0, 0.0], [0.0, 2.0], [3.0, 4.0]])
q = torch.tensor([[0.0, 1.0], [3.0, 3.0]])
d = torch.cdist(q, items)
print(d)
print(d.argmin(dim=1))
print(torch.cdist(q, items, p=1.0))
print(torch.cdist(q, items, p=float('inf')))
print(d.topk(2, largest=False).indices)
