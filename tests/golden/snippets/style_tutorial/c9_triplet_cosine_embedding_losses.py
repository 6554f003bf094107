# Metric learning losses: TripletMarginLoss, CosineEmbeddingLoss, MarginRankingLoss and cosine similarity.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
anchor = torch.randn(4, 8, requires_grad=True)
positive = anchor.detach() + 0.1 * torch.randn(4, 8)
negative = torch.randn(4, 8)
triplet = nn.TripletMarginLoss(margin=1.0, p=2)
loss = triplet(anchor, positive, negative)
print(loss)
loss.backward()
print(anchor.grad.norm(dim=1))
print(nn.TripletMarginLoss(margin=0.5, reduction="none", swap=True)(anchor, positive, negative))
cos = nn.CosineEmbeddingLoss(margin=0.2)
target = torch.tensor([1, -1, 1, -1])
print(cos(anchor, negative, target))
print(F.cosine_similarity(anchor, positive), F.cosine_similarity(anchor, negative, dim=1))
rank = nn.MarginRankingLoss(margin=0.1)
s1, s2 = torch.tensor([0.8, 0.2, 0.5]), torch.tensor([0.3, 0.4, 0.5])
print(rank(s1, s2, torch.tensor([1.0, 1.0, -1.0])))
print(F.pairwise_distance(anchor, positive))
print(torch.cdist(anchor[:2], negative[:3]))
