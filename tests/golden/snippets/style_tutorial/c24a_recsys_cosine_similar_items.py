# Items most similar to a query item by cosine similarity
import torch
import torch.nn.functional as F

items = torch.tensor([[1.0, 0.0, 1.0], [0.9, 0.1, 1.1], [-1.0, 0.5, 0.0], [0.0, 1.0, 0.0], [2.0, 0.0, 2.0]])
q = items[0]
sims = F.cosine_similarity(q.unsqueeze(0), items, dim=1)
print(sims)
sims[0] = -2
print(sims.argsort(descending=True)[:3])
normed = F.normalize(items, dim=1)
print(normed.norm(dim=1))
print(F.cosine_similarity(torch.zeros(3), items[0], dim=0))
try:
    F.cosine_similarity(items[:2], items[:3])
except RuntimeError as e:
    print(e)
