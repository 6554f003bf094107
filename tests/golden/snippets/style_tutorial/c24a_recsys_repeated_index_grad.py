# Repeated item ids in a batch accumulate into one row of the gradient
import torch
import torch.nn as nn

emb = nn.Embedding(3, 2)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[1.0, -1.0], [2.0, 0.0], [0.5, 0.5]]))
ids = torch.tensor([2, 0, 2, 2])
w = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
(emb(ids) * w).sum().backward()
print(emb.weight.grad)
print(torch.zeros(3, 2).index_add_(0, ids, w.expand(4, 2)))
print(torch.index_select(emb.weight, 0, ids).shape)
