# an embedding lookup is a one-hot matmul
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(20)
emb = nn.Embedding(5, 3)
ids = torch.tensor([4, 0, 4])
a = emb(ids)
b = F.one_hot(ids, 5).float() @ emb.weight
print(torch.equal(a, b))
a.sum().backward()
print(emb.weight.grad)
