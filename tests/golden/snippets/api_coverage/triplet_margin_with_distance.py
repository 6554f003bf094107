# TripletMarginWithDistanceLoss and its functional: default PairwiseDistance, swap, errors
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
a, p, n = torch.randn(3, 4, requires_grad=True), torch.randn(3, 4), torch.randn(3, 4)
crit = nn.TripletMarginWithDistanceLoss(reduction="none")
print(crit, list(crit.children()))
print(crit(a, p, n))
print(nn.TripletMarginWithDistanceLoss(distance_function=lambda x, y: (x - y).abs().sum(-1), margin=2.0))
out = F.triplet_margin_with_distance_loss(a, p, n, swap=True, reduction="sum")
out.backward()
print(out, a.grad)
print(torch.allclose(F.triplet_margin_with_distance_loss(a, p, n), F.triplet_margin_loss(a, p, n)))
for call in (lambda: F.triplet_margin_with_distance_loss(a, p, n, margin=0.0),
             lambda: nn.TripletMarginWithDistanceLoss(margin=-1.0),
             lambda: F.triplet_margin_with_distance_loss(a, p, n, reduction="avg"),
             lambda: F.triplet_margin_with_distance_loss(a, p, n[0]),
             lambda: F.triplet_margin_with_distance_loss(a, p, n, None)):
    try:
        call()
    except (ValueError, RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
