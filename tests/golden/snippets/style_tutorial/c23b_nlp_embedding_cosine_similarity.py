import torch
import torch.nn.functional as F

vecs = {"king": torch.tensor([0.8, 0.3, 0.1]), "queen": torch.tensor([0.7, 0.4, 0.2]),
        "apple": torch.tensor([0.1, 0.1, 0.9])}
names = list(vecs)
M = torch.stack([vecs[n] for n in names])
sim = F.cosine_similarity(M[:, None, :], M[None, :, :], dim=-1)
print(sim.round(decimals=4))
q = vecs["king"]
scores = F.cosine_similarity(q.unsqueeze(0), M)
print([names[i] for i in scores.argsort(descending=True).tolist()])
print(F.normalize(M, dim=1).norm(dim=1))
