import torch

edge_index = torch.tensor([[0, 1, 1, 2], [1, 0, 2, 2]])
mask = edge_index[0] != edge_index[1]
print(mask)
no_loops = edge_index[:, mask]
loops = torch.arange(3).repeat(2, 1)
with_loops = torch.cat([no_loops, loops], dim=1)
print(no_loops)
print(loops)
print(with_loops)
