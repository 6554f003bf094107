# complete graph edges from torch.combinations and cartesian_prod
import torch

nodes = torch.arange(4)
pairs = torch.combinations(nodes, r=2)
print(pairs.t())
both = torch.cartesian_prod(nodes, nodes)
both = both[both[:, 0] != both[:, 1]]
print(both.shape, both[:4].tolist())
print(torch.combinations(nodes, r=2, with_replacement=True).shape)
