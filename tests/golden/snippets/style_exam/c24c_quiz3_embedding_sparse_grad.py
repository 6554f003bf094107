# Quiz C26: Embedding gradient only touches the looked-up rows
import torch
import torch.nn as nn

emb = nn.Embedding(5, 2)
idx = torch.tensor([[1, 3], [1, 1]])
emb(idx).sum().backward()
print(emb.weight.grad)
print((emb.weight.grad != 0).any(dim=1))
