import torch
from torch import nn

torch.manual_seed(80)
emb = nn.Embedding(5, 3)
logits = emb(torch.tensor([1, 2])) @ emb.weight.T
loss = nn.functional.cross_entropy(logits, torch.tensor([2, 1]))
loss.backward()
print(logits.shape, emb.weight.grad.shape)
print((emb.weight.grad.abs().sum(1) > 0).tolist())
