# User and item embedding tables: shapes, lookups and repr
import torch
import torch.nn as nn

torch.manual_seed(0)
users = nn.Embedding(5, 3)
items = nn.Embedding(8, 3, padding_idx=0)
print(users, items)
print(users.weight.shape, users.weight.requires_grad)
u = users(torch.tensor([1, 4]))
print(u.shape, u.grad_fn)
print(items.weight[0])
print(items(torch.tensor([[0, 2], [3, 0]])).shape)
print(users.num_embeddings, users.embedding_dim, items.padding_idx)
