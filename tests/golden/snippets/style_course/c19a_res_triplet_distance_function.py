# TripletMarginWithDistanceLoss with cosine distance and swap
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(20)
a, p, n = torch.randn(4, 6), torch.randn(4, 6), torch.randn(4, 6)
cos_dist = lambda x, y: 1 - F.cosine_similarity(x, y)
crit = nn.TripletMarginWithDistanceLoss(distance_function=cos_dist, margin=0.3, swap=True)
print(crit(a, p, n))
print(nn.TripletMarginWithDistanceLoss(margin=0.3, reduction="none")(a, p, n))
print(F.triplet_margin_loss(a, p, n, margin=0.3, swap=True))
