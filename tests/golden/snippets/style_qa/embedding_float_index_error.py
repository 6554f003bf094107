# Q: "Expected tensor for argument #1 'indices' to have scalar type Long" from nn.Embedding.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(10, 3)
idx = torch.tensor([1.0, 2.0])
try:
    emb(idx)
except RuntimeError as e:
    print(type(e).__name__, e)
print(emb(idx.long()).shape)
print(emb(torch.tensor([[1, 2], [3, 4]])).shape)
try:
    emb(torch.tensor([10]))
except IndexError as e:
    print(type(e).__name__, e)
