# nn.EmbeddingBag with offsets and mode
import torch
import torch.nn as nn

torch.manual_seed(0)
embedding_sum = nn.EmbeddingBag(10, 3, mode='sum')
input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9], dtype=torch.long)
offsets = torch.tensor([0, 4], dtype=torch.long)
print(embedding_sum(input, offsets))
embedding_mean = nn.EmbeddingBag(10, 3, mode='mean')
print(embedding_mean(torch.tensor([[1, 2], [4, 5]])))
print(embedding_sum)
