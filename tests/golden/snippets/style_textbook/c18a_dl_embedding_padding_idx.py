# nn.Embedding with padding_idx: zero vector and no gradient for the pad token
import torch
from torch import nn

torch.manual_seed(13)
emb = nn.Embedding(5, 3, padding_idx=0)
print(emb.weight[0])
tokens = torch.tensor([[1, 2, 0, 0], [3, 0, 0, 0]])
out = emb(tokens)
out.sum().backward()
print(emb.weight.grad)
mask = (tokens != 0).unsqueeze(-1)
mean_pooled = (out * mask).sum(1) / mask.sum(1)
print(mean_pooled.shape, emb)
