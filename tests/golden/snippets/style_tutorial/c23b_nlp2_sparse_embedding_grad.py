import torch
from torch import nn

# sparse=True: only the looked-up rows appear in the gradient
lookup = nn.Embedding(6, 3, sparse=True)
batch_ids = torch.tensor([[4, 1], [4, 4]])
(lookup(batch_ids) * 2).sum().backward()
sg = lookup.weight.grad
print(sg.layout, sg.shape, sg.is_coalesced())
merged = sg.coalesce()
print(merged.indices().tolist(), merged.values()[:, 0].tolist())
print(sg.to_dense().sum(1))
print(lookup)
