# nn.Embedding's seeded init, lookup and where its gradient lands.
import torch
import torch.nn as nn

torch.manual_seed(42)
emb = nn.Embedding(5, 3)
print(emb)
print(emb.weight)
idx = torch.tensor([[0, 2], [2, 4]])
out = emb(idx)
print(out.shape, out.grad_fn)
out.sum().backward()
print(emb.weight.grad)
