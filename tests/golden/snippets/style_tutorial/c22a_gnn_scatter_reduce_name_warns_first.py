import torch

node_feat = torch.zeros(3, 2)
edge_msg = torch.ones(2, 2)
dst = torch.tensor([[0, 1], [2, 2]])
try:
    node_feat.scatter(0, dst, edge_msg, reduce="mean")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    node_feat.scatter_(0, dst.float(), 1.0, reduce="add")
except RuntimeError as e:
    print("RuntimeError:", e)
print(node_feat.scatter_reduce(0, dst, edge_msg, reduce="mean", include_self=False))
