import torch
from torch import nn

emb = nn.Embedding(3, 2, max_norm=1.0, norm_type=1.0)
with torch.no_grad():
    emb.weight.copy_(torch.tensor([[3.0, 1.0], [0.2, 0.3], [-2.0, 2.0]]))
print(emb(torch.tensor([0, 2])))
print(emb.weight)
print(emb)
print(nn.Embedding(3, 2, scale_grad_by_freq=True, sparse=False))
