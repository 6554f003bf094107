import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(4, 3, max_norm=1.0)
print(emb)
print(emb.weight.norm(dim=1))
out = emb(torch.tensor([0, 2, 2]))
print(out)
print(emb.weight.detach().norm(dim=1))
print(emb.weight._version)
emb(torch.tensor([3]))
print(emb.weight._version)
