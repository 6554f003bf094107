# Bag-of-words models: nn.Embedding then mean over the sequence, padding_idx rows, and max_norm.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(6, 3, padding_idx=0)
print(emb.weight[0])
batch = torch.tensor([[1, 2, 0, 0], [3, 4, 5, 0]])
vecs = emb(batch)
mask = (batch != 0).unsqueeze(-1).float()
mean = (vecs * mask).sum(1) / mask.sum(1)
print(mean)
mean.sum().backward()
print(emb.weight.grad[0], emb.weight.grad[1])
bag = nn.EmbeddingBag(6, 3, mode='mean')
print(bag(torch.tensor([1, 2, 3, 4]), torch.tensor([0, 2])).shape)
