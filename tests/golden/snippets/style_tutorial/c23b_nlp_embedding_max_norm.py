import torch
from torch import nn

torch.manual_seed(12)
emb = nn.Embedding(5, 3, max_norm=1.0)
print(emb)
before = emb.weight.detach().norm(dim=1)
out = emb(torch.tensor([0, 2]))
after = emb.weight.detach().norm(dim=1)
print((before > 1).tolist())
print((after[[0, 2]] <= 1.0 + 1e-6).tolist())
print(torch.equal(before[[1, 3, 4]], after[[1, 3, 4]]))
print(out.norm(dim=1).round(decimals=4))
