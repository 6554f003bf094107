# Q: does the padding row of an nn.Embedding get gradients?
import torch
from torch import nn

torch.manual_seed(12)
table = nn.Embedding(num_embeddings=6, embedding_dim=2, padding_idx=5)
print(table.weight[5], table.padding_idx)
batch = torch.tensor([[1, 2, 5, 5], [3, 3, 5, 5]])
vectors = table(batch)
(vectors * torch.arange(1.0, 3.0)).sum().backward()
print(table.weight.grad)
print(table, vectors.shape)
try:
    table(torch.tensor([6]))
except IndexError as e:
    print(e)
