# Lookups with 3-D index tensors (users x sessions x items)
import torch
import torch.nn as nn

emb = nn.Embedding(6, 2)
with torch.no_grad():
    emb.weight.copy_(torch.arange(12.0).view(6, 2))
idx = torch.tensor([[[0, 1], [2, 3]], [[4, 5], [5, 5]]])
out = emb(idx)
print(out.shape)
print(out[1, 1])
print(out.mean(dim=2))
print(emb(torch.tensor(3)))
print(emb(torch.tensor([], dtype=torch.long)).shape)
