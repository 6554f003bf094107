# GraphSAGE: concat self features with the neighbour mean
import torch
import torch.nn as nn

torch.manual_seed(8)
x = torch.randn(4, 3)
ei = torch.tensor([[1, 2, 3, 0, 0], [0, 0, 0, 1, 2]])
agg = torch.zeros(4, 3).index_add_(0, ei[1], x[ei[0]])
deg = torch.bincount(ei[1], minlength=4).clamp(min=1).unsqueeze(1)
neigh_mean = agg / deg
h = torch.cat([x, neigh_mean], dim=1)
print(h.shape)
lin = nn.Linear(6, 2)
out = lin(h)
out = out / out.norm(dim=1, keepdim=True)
print(torch.allclose(out.norm(dim=1), torch.ones(4)))
print(neigh_mean[3])
print(deg.squeeze())
