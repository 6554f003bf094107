# Q: padding_idx row gets no gradient
import torch
import torch.nn as nn

table = nn.Embedding(4, 2, padding_idx=0)
print(table.weight[0])
vecs = table(torch.tensor([0, 1, 1, 3]))
vecs.sum().backward()
print(table.weight.grad)
print(table)
