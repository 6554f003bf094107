# categorical embeddings and batch-normed numbers joined by cat: the bias gradient of BatchNorm1d
import torch
import torch.nn as nn
torch.manual_seed(5)
emb = nn.Embedding(5, 3)
bn = nn.BatchNorm1d(4)
head = nn.Linear(7, 2)
cats = torch.randint(0, 5, (100,))
nums = torch.randn(100, 4)
y = torch.randint(0, 2, (100,))
out = head(torch.cat([emb(cats), bn(nums)], dim=1))
loss = nn.functional.cross_entropy(out, y)
loss.backward()
torch.set_printoptions(precision=10)
print(loss.item())
print(bn.bias.grad)
print(bn.weight.grad)
print(emb.weight.grad[:2])
