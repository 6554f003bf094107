# graph readout: concat of sum and max pools, then a classifier
import torch
import torch.nn as nn

torch.manual_seed(17)
x = torch.randn(7, 4)
batch = torch.tensor([0, 0, 1, 1, 1, 2, 2])
idx = batch[:, None].expand(-1, 4)
s = torch.zeros(3, 4).index_add_(0, batch, x)
m = torch.full((3, 4), -1e9).scatter_reduce(0, idx, x, "amax")
g = torch.cat([s, m], dim=-1)
print(g.shape)
clf = nn.Sequential(nn.Linear(8, 4), nn.ReLU(), nn.Linear(4, 2))
print(clf)
print(clf(g).shape)
print(torch.allclose(m[1], x[2:5].max(0).values))
