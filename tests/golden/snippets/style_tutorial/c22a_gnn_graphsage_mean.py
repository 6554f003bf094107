import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
x = torch.randn(5, 4)
edge_index = torch.tensor([[0, 1, 1, 2, 3, 4, 4], [1, 0, 2, 1, 4, 3, 2]])
src, dst = edge_index
agg = torch.zeros(5, 4).index_add_(0, dst, x[src])
deg = torch.bincount(dst, minlength=5).clamp(min=1).unsqueeze(1)
agg = agg / deg
lin_self = nn.Linear(4, 3)
lin_neigh = nn.Linear(4, 3, bias=False)
h = lin_self(x) + lin_neigh(agg)
h = F.normalize(h, p=2, dim=1)
print(deg.squeeze())
print(h)
print(h.norm(dim=1))
