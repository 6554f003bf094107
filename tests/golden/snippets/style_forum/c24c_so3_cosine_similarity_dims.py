# Q: cosine similarity between rows
import torch
import torch.nn.functional as F

a = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
b = torch.tensor([[0.0, 1.0], [2.0, 2.0]])
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, b, dim=0))
print(F.cosine_similarity(a[:, None, :], b[None, :, :], dim=-1))
print(F.cosine_similarity(torch.zeros(1, 2), a[:1]))
print(F.pairwise_distance(a, b))
