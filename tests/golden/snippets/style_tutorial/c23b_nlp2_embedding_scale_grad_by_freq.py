import torch
from torch import nn

emb = nn.Embedding(4, 2, scale_grad_by_freq=True)
ids = torch.tensor([1, 1, 1, 2])
emb(ids).sum().backward()
print(emb.weight.grad)
plain = nn.Embedding(4, 2)
plain(ids).sum().backward()
print(plain.weight.grad)
print(emb)
