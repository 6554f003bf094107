# A siamese embedding net on synthetic pairs: pairwise distance and a contrastive loss by hand.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(42)
embed = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 2))
a = torch.randn(6, 5)
b = a + 0.05 * torch.randn(6, 5)
b[3:] = torch.randn(3, 5)
same = torch.tensor([1.0, 1.0, 1.0, 0.0, 0.0, 0.0])
opt = torch.optim.SGD(embed.parameters(), lr=0.1)
margin = 1.0
for step in range(5):
    opt.zero_grad()
    d = F.pairwise_distance(embed(a), embed(b))
    loss = (same * d.pow(2) + (1 - same) * F.relu(margin - d).pow(2)).mean()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.5f}", d.detach().round(decimals=3))
with torch.no_grad():
    print(F.cosine_similarity(embed(a), embed(b)).round(decimals=3))
    print(torch.cdist(embed(a[:2]), embed(b[:2])).shape)
