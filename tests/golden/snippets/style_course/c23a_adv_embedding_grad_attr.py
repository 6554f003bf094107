# Token attribution: gradient of the score with respect to the embedding outputs
import torch
import torch.nn as nn

torch.manual_seed(6)
emb = nn.Embedding(10, 4)
clf = nn.Linear(4, 1)
tokens = torch.tensor([[3, 7, 1, 7]])
e = emb(tokens)
e.retain_grad()
score = clf(e.mean(dim=1))
score.backward()
attr = (e.grad * e).sum(-1)
print(e.shape, e.grad.shape, attr.shape)
print(torch.allclose(e.grad[0, 1], e.grad[0, 3]))
print(emb.weight.grad[7].norm() > emb.weight.grad[3].norm())
print(emb.weight.grad[0].abs().sum())
