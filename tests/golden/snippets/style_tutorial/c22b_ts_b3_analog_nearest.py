import torch
import torch.nn.functional as F

torch.manual_seed(44)
hist = torch.sin(torch.arange(60.0) * 0.35) + 0.05 * torch.randn(60)
lib = hist[:-6].unfold(0, 5, 1)
query = hist[-5:]
d = torch.cdist(query.view(1, -1), lib).squeeze(0)
best = torch.topk(d, 3, largest=False)
print(best.indices, best.values.round(decimals=4))
nxt = hist[best.indices + 5]
print(nxt.mean().round(decimals=4))
print(F.cosine_similarity(lib[best.indices], query.expand(3, 5), dim=1).round(decimals=4))
