# Q: L2-normalise embeddings, cosine similarity between rows, pairwise distances.
import torch
import torch.nn.functional as F

a = torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, 0.0]])
b = torch.tensor([[6.0, 8.0], [0.0, 2.0], [1.0, 1.0]])
print(F.normalize(a, dim=1))
print(F.normalize(a, p=1, dim=1))
print(F.cosine_similarity(a, b, dim=1))
print(F.cosine_similarity(a[0], b[0], dim=0))
print(torch.cdist(a, b))
print(F.pairwise_distance(a, b))
print(a.norm(dim=1), torch.linalg.vector_norm(a, ord=1, dim=1))
print(F.normalize(a, dim=1) @ F.normalize(b, dim=1).T)
