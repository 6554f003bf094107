import torch

edge_index = torch.tensor([[0, 0, 0, 1, 2, 3], [1, 2, 3, 2, 3, 0]])
print(torch.bincount(edge_index[0]))
print(torch.bincount(edge_index[1], minlength=6))
w = torch.tensor([0.5, 1.0, 2.0, 1.0, 1.0, 3.0])
print(torch.bincount(edge_index[1], weights=w))
print(torch.bincount(torch.tensor([], dtype=torch.long)))
try:
    torch.bincount(torch.tensor([[0, 1]]))
except RuntimeError as e:
    print(e)
