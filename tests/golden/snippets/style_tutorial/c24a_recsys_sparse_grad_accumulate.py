# Two backward passes into a sparse embedding gradient
import torch
import torch.nn as nn

emb = nn.Embedding(5, 1, sparse=True)
emb(torch.tensor([0, 3])).sum().backward()
emb(torch.tensor([3, 4])).sum().backward()
g = emb.weight.grad
print(g.is_coalesced())
print(g.coalesce())
print(g.to_dense().view(-1))
emb.zero_grad()
print(emb.weight.grad)
