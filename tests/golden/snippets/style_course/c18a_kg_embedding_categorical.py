# Entity embeddings for a categorical feature, like a Kaggle tabular model
import torch
from torch import nn

torch.manual_seed(8)
n_stores, emb_dim = 5, 3
store = torch.tensor([0, 4, 2, 2, 1])
numeric = torch.randn(5, 2)
emb = nn.Embedding(n_stores, emb_dim)
head = nn.Linear(emb_dim + 2, 1)
x = torch.cat([emb(store), numeric], dim=1)
out = head(x)
print(x.shape, out.shape)
out.sum().backward()
print("rows with gradient:", (emb.weight.grad.abs().sum(1) > 0).nonzero().flatten().tolist())
print(emb.weight.grad[2] / emb.weight.grad[4])
