# Q: cosine similarity between rows
import torch
import torch.nn.functional as F

left = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
right = torch.tensor([[0.0, 1.0], [2.0, 2.0]])
print(F.cosine_similarity(left, right))
print(F.cosine_similarity(left, right, dim=0))
print(F.cosine_similarity(left[:, None, :], right[None, :, :], dim=-1))
print(F.cosine_similarity(torch.zeros(1, 2), left[:1]))
print(F.pairwise_distance(left, right))
