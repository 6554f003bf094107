import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.tensor([0.2, 1.5, -3.0, 0.9], requires_grad=True)
target = torch.tensor([0.0, 0.0, 0.0, 1.0])
loss = F.smooth_l1_loss(pred, target)
print(loss, loss.grad_fn)
loss.backward()
print(pred.grad)
crit = nn.SmoothL1Loss(beta=0.5, reduction="sum")
print(crit, crit(pred, target))
print(F.smooth_l1_loss(pred, target, reduction="none"))
print(F.smooth_l1_loss(pred, target, beta=0.0))
try:
    F.smooth_l1_loss(pred, target, beta=-1.0)
except RuntimeError as e:
    print(type(e).__name__, e)
