# messages built from [x_i, x_j, edge_attr] concatenations
import torch

x = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
ei = torch.tensor([[0, 2], [1, 1]])
edge_attr = torch.tensor([[0.5], [2.0]])
m = torch.cat([x[ei[1]], x[ei[0]], edge_attr], dim=-1)
print(m)
print(m.shape)
try:
    torch.cat([x[ei[1]], edge_attr.T], dim=-1)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.hstack([x[ei[0]], edge_attr]))
