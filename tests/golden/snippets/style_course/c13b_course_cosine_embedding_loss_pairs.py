# Metric-learning assignment: CosineEmbeddingLoss on pairs (+1 similar, -1 dissimilar) vs the formula by hand.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(27)
net = nn.Linear(5, 3)
left, right = torch.randn(6, 5), torch.randn(6, 5)
flag = torch.tensor([1, -1, 1, -1, -1, 1])
crit = nn.CosineEmbeddingLoss(margin=0.2)
sgd = torch.optim.SGD(net.parameters(), lr=0.2)
for step in range(4):
    u, v = net(left), net(right)
    cos = F.cosine_similarity(u, v)
    mine = torch.where(flag == 1, 1 - cos, (cos - 0.2).clamp(min=0)).mean()
    lib = crit(u, v, flag)
    sgd.zero_grad()
    lib.backward()
    sgd.step()
    print(step, lib.item(), mine.item())
print(cos.detach())
print(nn.CosineEmbeddingLoss(reduction="none")(u, v, flag))
print(nn.HingeEmbeddingLoss(margin=1.0)(1 - cos.detach(), flag))
