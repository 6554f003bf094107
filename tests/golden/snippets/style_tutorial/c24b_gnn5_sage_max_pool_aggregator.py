# GraphSAGE max-pool aggregator: MLP on neighbours, then element-wise max per node
import torch
import torch.nn as nn

torch.manual_seed(133)
mlp = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
x = torch.randn(4, 2)
ei = torch.tensor([[1, 2, 3, 0, 0], [0, 0, 0, 1, 3]])
h = mlp(x[ei[0]])
agg = torch.zeros(4, 3).scatter_reduce(0, ei[1].unsqueeze(1).expand(-1, 3), h, "amax", include_self=False)
print(agg.shape, (agg >= 0).all())
print(agg[2])
print(torch.equal(agg[1], h[3]))
