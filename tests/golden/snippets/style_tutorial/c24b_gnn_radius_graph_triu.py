# radius graph: pairs closer than r, counted once via triu
import torch

pos = torch.tensor([[0., 0.], [0.6, 0.], [0., 0.8], [2., 2.]])
d = torch.cdist(pos, pos)
adj = (d < 1.0) & ~torch.eye(4, dtype=torch.bool)
print(adj.int())
upper = torch.triu(adj, diagonal=1)
print(upper.nonzero())
print(adj.sum(), upper.sum())
print(torch.triu_indices(4, 4, offset=1))
