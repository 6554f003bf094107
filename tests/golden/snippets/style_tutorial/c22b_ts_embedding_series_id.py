import torch
import torch.nn as nn

torch.manual_seed(22)
emb = nn.Embedding(5, 3)
ids = torch.tensor([0, 4, 4, 2])
lags = torch.randn(4, 6)
x = torch.cat([lags, emb(ids)], dim=1)
print(x.shape)
x.sum().backward()
print(emb.weight.grad)
print(emb(torch.tensor([4])).grad_fn.name())
