# sparse=True embeddings produce sparse COO gradients
import torch
import torch.nn as nn

torch.manual_seed(8)
item_table = nn.Embedding(7, 2, sparse=True)
print(item_table)
item_table(torch.tensor([1, 4, 1, 6])).sum().backward()
sg = item_table.weight.grad
print(sg.is_sparse, sg.layout, sg.shape)
print(sg._indices())
print(sg._values())
merged = sg.coalesce()
print(merged.indices(), merged.values(), merged.is_coalesced())
print(sg.to_dense().sum(1))
