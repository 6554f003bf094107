# cosine similarity by hand vs F.cosine_similarity
import torch
import torch.nn.functional as F

torch.manual_seed(22)
a = torch.randn(3, 4)
b = torch.randn(3, 4)
mine = (a * b).sum(1) / (a.norm(dim=1) * b.norm(dim=1))
print(mine)
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, a))
sim = F.normalize(a, dim=1) @ F.normalize(b, dim=1).T
print(torch.allclose(sim.diagonal(), mine, atol=1e-6))
