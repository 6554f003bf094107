import torch
from torch import nn

torch.manual_seed(1)
emb = nn.Embedding(5, 2, padding_idx=0)
print(emb, emb.weight[0])
x = torch.tensor([0, 2, 0, 4])
y = emb(x)
(y * torch.arange(8.0).view(4, 2)).sum().backward()
print(emb.weight.grad)
neg = nn.Embedding(5, 2, padding_idx=-1)
print(neg.padding_idx, neg.weight[4])
try:
    nn.Embedding(5, 2, padding_idx=5)
except AssertionError as e:
    print(type(e).__name__, e)
