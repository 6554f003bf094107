# Similarity and distance functions: cosine_similarity, pairwise_distance, cdist, CosineSimilarity module.
import torch
import torch.nn as nn
import torch.nn.functional as F

a = torch.tensor([[1.0, 0.0, 1.0], [0.5, 2.0, -1.0]])
b = torch.tensor([[1.0, 1.0, 1.0], [0.0, 2.0, -1.0]])
print(F.cosine_similarity(a, b, dim=1))
print(nn.CosineSimilarity(dim=0)(a, b))
print(F.pairwise_distance(a, b), F.pairwise_distance(a, b, p=1))
print(torch.cdist(a, b), torch.cdist(a, b, p=1))
print(torch.cdist(a, b, p=float("inf")))
print(F.normalize(a, dim=1), F.normalize(a, p=1, dim=0))
print(a @ b.T / (a.norm(dim=1, keepdim=True) * b.norm(dim=1)))
print(torch.dist(a, b), torch.dist(a, b, 3))
print(F.cosine_similarity(a, torch.zeros(3), dim=-1))
emb = torch.randn(5, 3, generator=torch.Generator().manual_seed(2))
sims = F.cosine_similarity(emb[:, None, :], emb[None, :, :], dim=-1)
print(sims)
print(sims.fill_diagonal_(-1).argmax(1))
