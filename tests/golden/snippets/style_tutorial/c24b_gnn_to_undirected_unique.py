# make an edge list undirected and drop duplicates with unique(dim=1)
import torch

edge_index = torch.tensor([[0, 1, 2, 1], [1, 2, 0, 0]])
both = torch.cat([edge_index, edge_index.flip(0)], dim=1)
print(both)
und, inverse, counts = torch.unique(both, dim=1, return_inverse=True, return_counts=True)
print(und)
print(inverse)
print(counts)
print(und.shape)
