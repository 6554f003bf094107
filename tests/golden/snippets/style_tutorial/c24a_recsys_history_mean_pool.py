# Mean-pooling a padded history by hand versus EmbeddingBag
import torch
import torch.nn as nn

torch.manual_seed(13)
emb = nn.Embedding(6, 3, padding_idx=0)
hist = torch.tensor([[1, 2, 3, 0], [4, 0, 0, 0], [5, 5, 1, 2]])
mask = (hist != 0).unsqueeze(-1).float()
pooled = (emb(hist) * mask).sum(1) / mask.sum(1)
bag = nn.EmbeddingBag.from_pretrained(emb.weight.detach(), mode='mean', padding_idx=0)
print(torch.allclose(pooled, bag(hist)))
print(mask.squeeze(-1).sum(1))
print(pooled.shape)
empty = torch.zeros(1, 4, dtype=torch.long)
m = (empty != 0).unsqueeze(-1).float()
print((emb(empty) * m).sum(1) / m.sum(1))
print((emb(empty) * m).sum(1) / m.sum(1).clamp(min=1))
