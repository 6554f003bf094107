import torch

edge_index = torch.tensor([[0, 1], [1, 0]])
N = 4
deg = torch.zeros(N).scatter_add_(0, edge_index[1], torch.ones(2))
print(deg)
inv = deg.pow(-1)
print(inv)
inv[torch.isinf(inv)] = 0.0
print(inv)
print(deg.pow(-0.5).masked_fill(deg == 0, 0))
