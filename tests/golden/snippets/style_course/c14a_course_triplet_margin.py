# Metric-learning lecture: triplet margin loss by hand vs nn.TripletMarginLoss, hinge embedding and margin ranking.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1493)
anchor, positive, negative = torch.randn(4, 3), torch.randn(4, 3), torch.randn(4, 3)
d_ap = F.pairwise_distance(anchor, positive)
d_an = F.pairwise_distance(anchor, negative)
manual = torch.clamp(d_ap - d_an + 1.0, min=0).mean()
print(manual, nn.TripletMarginLoss(margin=1.0)(anchor, positive, negative))
print(d_ap, d_an)
print(nn.MarginRankingLoss(margin=0.5)(d_an, d_ap, torch.ones(4)))
print(nn.CosineEmbeddingLoss()(anchor, positive, torch.tensor([1, -1, 1, -1])))
print(nn.HingeEmbeddingLoss()(d_ap, torch.tensor([1, -1, 1, -1])))
