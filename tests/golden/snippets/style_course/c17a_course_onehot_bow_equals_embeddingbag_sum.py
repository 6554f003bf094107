# Bag-of-words counts times a matrix equals EmbeddingBag(mode='sum')
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(16)
bag = nn.EmbeddingBag(7, 4, mode="sum")
docs = torch.tensor([[1, 1, 3], [6, 0, 2]])
counts = F.one_hot(docs, num_classes=7).sum(dim=1).float()
print(counts)
via_counts = counts @ bag.weight
via_bag = bag(docs)
print(torch.allclose(via_counts, via_bag), via_bag.shape)
mean_bag = nn.EmbeddingBag.from_pretrained(bag.weight, mode="mean")
print(torch.allclose(mean_bag(docs), via_counts / 3), mean_bag.weight.requires_grad)
