# relabelling a subgraph's node ids to 0..k-1 with unique(return_inverse)
import torch

ei = torch.tensor([[10, 42, 42, 7], [42, 7, 10, 10]])
nodes, inverse = torch.unique(ei, return_inverse=True)
print(nodes)
print(inverse)
print(inverse.shape == ei.shape)
mapping = torch.full((50,), -1, dtype=torch.long)
mapping[nodes] = torch.arange(nodes.numel())
print(mapping[ei])
print(torch.unique(ei[0], sorted=True, return_counts=True))
