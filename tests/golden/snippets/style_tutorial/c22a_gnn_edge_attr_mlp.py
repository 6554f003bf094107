import torch
import torch.nn as nn

torch.manual_seed(19)
x = torch.randn(3, 2)
edge_index = torch.tensor([[0, 1, 2], [1, 2, 0]])
edge_attr = torch.tensor([[1.0], [0.5], [2.0]])
edge_mlp = nn.Sequential(nn.Linear(2 + 2 + 1, 4), nn.ReLU(), nn.Linear(4, 2))
src, dst = edge_index
m = edge_mlp(torch.cat([x[src], x[dst], edge_attr], dim=-1))
out = torch.zeros(3, 2).index_add_(0, dst, m)
print(m.shape)
print(out)
print(out.requires_grad, out.grad_fn.name())
