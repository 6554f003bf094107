# a NaN feature spreads through message passing; isnan finds the culprit
import torch

x = torch.tensor([[1.0], [float("nan")], [2.0]])
ei = torch.tensor([[0, 1, 2], [1, 2, 0]])
out = torch.zeros(3, 1).index_add(0, ei[1], x[ei[0]])
print(out.squeeze())
print(torch.isnan(out).nonzero(as_tuple=True)[0])
print(torch.nan_to_num(x, nan=0.0).squeeze())
