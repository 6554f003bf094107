# cosine similarity between neurons' input weight vectors to find redundant ones
import torch
import torch.nn.functional as F

torch.manual_seed(8)
W = torch.randn(5, 4)
W[4] = 2.0 * W[1]
normed = F.normalize(W, dim=1)
sim = normed @ normed.T
print(sim.round(decimals=3))
sim.fill_diagonal_(-1)
i, j = divmod(sim.argmax().item(), 5)
print("most similar pair", i, j, round(sim[i, j].item(), 5))
print(F.cosine_similarity(W[1], W[4], dim=0))
