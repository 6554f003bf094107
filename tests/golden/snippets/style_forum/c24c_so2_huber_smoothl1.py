# Q: difference between SmoothL1Loss and HuberLoss
import torch
import torch.nn as nn

pred = torch.tensor([0.0, 0.5, 3.0])
target = torch.zeros(3)
for beta in (1.0, 2.0):
    print(beta, nn.SmoothL1Loss(beta=beta, reduction="none")(pred, target),
          nn.HuberLoss(delta=beta, reduction="none")(pred, target))
print(nn.L1Loss()(pred, target), nn.MSELoss(reduction="sum")(pred, target))
