# Q: averaging word embeddings while ignoring padding: masks, sum / count, and EmbeddingBag.
import torch
import torch.nn as nn

torch.manual_seed(0)
emb = nn.Embedding(6, 3, padding_idx=0)
batch = torch.tensor([[1, 2, 0, 0], [3, 4, 5, 0]])
vecs = emb(batch)
mask = (batch != 0).unsqueeze(-1).float()
mean = (vecs * mask).sum(1) / mask.sum(1)
print(mean)
print(vecs.mean(1))
bag = nn.EmbeddingBag.from_pretrained(emb.weight.detach(), mode='mean', padding_idx=0)
print(bag(batch))
print(torch.allclose(bag(batch), mean, atol=1e-6))
print(emb.weight[0], emb.weight.grad)
mean.sum().backward()
print(emb.weight.grad[0], emb.weight.grad[1])
