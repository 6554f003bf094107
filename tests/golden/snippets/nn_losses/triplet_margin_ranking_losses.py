# TripletMarginLoss and MarginRankingLoss: values, reductions, swap, p, gradients and argument checks.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
a = torch.randn(5, 6, requires_grad=True)
p = a.detach() + 0.8 * torch.randn(5, 6)
n = torch.randn(5, 6)
loss = nn.TripletMarginLoss()(a, p, n)
print(nn.TripletMarginLoss(), loss)
loss.backward()
print(a.grad)
print(F.triplet_margin_loss(a, p, n, margin=2.0, reduction="none"))
print(F.triplet_margin_loss(a, p, n, margin=2.0, p=1, swap=True, reduction="sum"))
print(F.triplet_margin_loss(a[0], p[0], n[0], margin=3.0))
print(nn.TripletMarginLoss(margin=0.5, p=3, eps=1e-3, swap=True)(a, p, n))
x1 = torch.tensor([0.3, -1.2, 2.0, 0.0], requires_grad=True)
x2 = torch.tensor([0.5, 0.4, -1.0, 0.0])
t = torch.tensor([1.0, -1.0, 1.0, -1.0])
r = nn.MarginRankingLoss(margin=0.25)(x1, x2, t)
print(nn.MarginRankingLoss(), r)
r.backward()
print(x1.grad)
print(F.margin_ranking_loss(x1, x2, t, reduction="none"), F.margin_ranking_loss(x1, x2, t, margin=1.0, reduction="sum"))
for fn in (lambda: nn.TripletMarginLoss(margin=0), lambda: F.triplet_margin_loss(a, p, n, margin=-1.0),
           lambda: F.triplet_margin_loss(a, p[0], n), lambda: F.margin_ranking_loss(x1, x2, t[None])):
    try:
        fn()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
