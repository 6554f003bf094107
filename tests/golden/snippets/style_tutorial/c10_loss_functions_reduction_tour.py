# Regression and distribution losses with reduction='none'/'sum'/'mean'.
import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([0.5, 2.0, -1.0, 3.5])
target = torch.tensor([0.0, 2.5, 1.0, 3.0])
for red in ("none", "sum", "mean"):
    print(red, nn.L1Loss(reduction=red)(pred, target), nn.MSELoss(reduction=red)(pred, target))
print(nn.SmoothL1Loss(beta=0.5)(pred, target), nn.HuberLoss(delta=0.5)(pred, target))
print(F.smooth_l1_loss(pred, target, reduction="none"))
log_p = F.log_softmax(torch.tensor([[1.0, 2.0, 0.5]]), dim=1)
q = torch.tensor([[0.2, 0.5, 0.3]])
print(F.kl_div(log_p, q, reduction="batchmean"))
print(F.kl_div(log_p, q.log(), reduction="sum", log_target=True))
rate = torch.tensor([1.0, 2.0, 0.5])
counts = torch.tensor([0.0, 3.0, 1.0])
print(nn.PoissonNLLLoss()(rate.log(), counts))
print(nn.PoissonNLLLoss(log_input=False, full=True)(rate, counts))
var = torch.ones(4)
print(nn.GaussianNLLLoss()(pred, target, var))
print(nn.SoftMarginLoss()(pred, torch.tensor([1.0, -1.0, 1.0, -1.0])))
print(nn.MarginRankingLoss(margin=0.1)(pred, target, torch.tensor([1.0, -1.0, 1.0, 1.0])))
try:
    nn.L1Loss(reduction="avg")(pred, target)
except ValueError as e:
    print("ValueError:", e)
