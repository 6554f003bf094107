# residual-based adaptive refinement: add the points with largest residual
import torch

torch.manual_seed(11)
cand = torch.rand(20, 1, dtype=torch.float64)
res = torch.sin(8 * cand).abs().squeeze()
top = torch.topk(res, k=3)
print(top.indices)
print(top.values.round(decimals=6))
new_pts = cand[top.indices]
train = torch.cat([torch.zeros(2, 1, dtype=torch.float64), new_pts], dim=0)
print(train.shape, train.dtype)
print(torch.argsort(res, descending=True)[:3])
