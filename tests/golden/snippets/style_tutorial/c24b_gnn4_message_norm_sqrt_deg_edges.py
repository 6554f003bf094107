# GCN edge norms 1/sqrt(deg_i deg_j) computed per edge, then aggregated
import torch

ei = torch.tensor([[0, 1, 1, 2, 0, 1, 2], [1, 0, 2, 1, 0, 1, 2]])
deg = torch.zeros(3).index_add_(0, ei[1], torch.ones(ei.size(1)))
norm = deg[ei[0]].rsqrt() * deg[ei[1]].rsqrt()
print(deg, norm)
x = torch.tensor([[1.0], [2.0], [4.0]])
out = torch.zeros(3, 1).index_add_(0, ei[1], norm.unsqueeze(1) * x[ei[0]])
print(out.squeeze())
