# Embedding similarity in a course notebook: F.normalize, cosine_similarity, a similarity matrix, cdist and topk.
import torch
import torch.nn.functional as F

torch.manual_seed(1462)
emb = torch.randn(5, 4)
q = emb[2] + 0.1 * torch.randn(4)
print(F.cosine_similarity(q.unsqueeze(0), emb))
normed = F.normalize(emb, dim=1)
sim = normed @ normed.T
print(sim.diagonal(), sim.shape)
print(torch.cdist(emb, emb[:2]))
print((emb[0] - emb[1]).norm().item(), torch.dist(emb[0], emb[1]).item())
vals, idx = sim[0].topk(3)
print(vals, idx)
print(F.pairwise_distance(emb[:2], emb[2:4]), F.cosine_similarity(torch.zeros(1, 3), torch.ones(1, 3)))
