# sum aggregation of neighbour features with index_add_ (and alpha)
import torch

feats = torch.arange(12, dtype=torch.float32).view(4, 3)
edge_index = torch.tensor([[0, 1, 2, 3, 3],
                           [1, 0, 1, 1, 2]])
sender, receiver = edge_index[0], edge_index[1]
m = feats.index_select(0, sender)
print(m)
agg = torch.zeros(4, 3)
agg.index_add_(0, receiver, m)
print(agg)
half = torch.zeros(4, 3).index_add(0, receiver, m, alpha=0.5)
print(half)
print(torch.equal(agg.index_add(0, receiver, m), 2 * agg))
