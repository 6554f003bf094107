# DropEdge: keep each edge with probability 1 - p
import torch

torch.manual_seed(21)
ei = torch.tensor([[0, 0, 1, 1, 2, 3, 3, 4], [1, 2, 0, 3, 4, 1, 4, 2]])
keep = torch.rand(ei.size(1)) >= 0.3
print(keep)
print(ei[:, keep])
print(keep.float().mean())
w = torch.nn.functional.dropout(torch.ones(ei.size(1)), p=0.5, training=True)
print(w)
