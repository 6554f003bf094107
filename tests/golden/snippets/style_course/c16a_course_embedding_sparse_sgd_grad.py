# Embedding(sparse=True) gives a sparse gradient; plain SGD applies it
import torch
from torch import nn

torch.manual_seed(1697)
emb = nn.Embedding(6, 2, sparse=True)
opt = torch.optim.SGD(emb.parameters(), lr=1.0)
idx = torch.tensor([1, 4, 1])
before = emb.weight.detach().clone()
emb(idx).sum().backward()
g = emb.weight.grad
print(g.is_sparse, g.layout)
print(g.coalesce().indices(), g.coalesce().values())
print(g.to_dense())
opt.step()
print(emb.weight.detach() - before)
