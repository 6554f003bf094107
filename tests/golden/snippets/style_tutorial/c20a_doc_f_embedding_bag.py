# F.embedding_bag with offsets and per_sample_weights; F.embedding max_norm
import torch
import torch.nn.functional as F

embedding_matrix = torch.arange(30.).view(10, 3) / 10
input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
offsets = torch.tensor([0, 4])
print(F.embedding_bag(input, embedding_matrix, offsets))
print(F.embedding_bag(input, embedding_matrix, offsets, mode='max'))
w = torch.ones(8) * 0.5
print(F.embedding_bag(input, embedding_matrix, offsets, mode='sum', per_sample_weights=w))
weight = torch.tensor([[3., 4.], [0.3, 0.4]])
print(F.embedding(torch.tensor([0, 1]), weight, max_norm=1.0), weight)
