import torch
from torch import nn

torch.manual_seed(0)
emb = nn.Embedding(6, 3, padding_idx=0)
print(emb)
print(emb.weight[0])
ids = torch.tensor([[1, 2, 0], [4, 0, 0]])
out = emb(ids)
print(out.shape)
out.sum().backward()
print(emb.weight.grad)
