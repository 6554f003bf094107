# Q: padding_idx row gets no gradient
import torch
import torch.nn as nn

emb = nn.Embedding(4, 2, padding_idx=0)
print(emb.weight[0])
out = emb(torch.tensor([0, 1, 1, 3]))
out.sum().backward()
print(emb.weight.grad)
print(emb)
