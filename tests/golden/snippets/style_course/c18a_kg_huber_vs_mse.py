# Outliers in the target: compare MSE, L1 and Huber losses
import torch
import torch.nn.functional as F

pred = torch.tensor([2.5, 0.0, 2.1, 7.8, 3.0])
target = torch.tensor([3.0, -0.5, 2.0, 30.0, 3.1])
print(f"MSE   {F.mse_loss(pred, target):.4f}")
print(f"L1    {F.l1_loss(pred, target):.4f}")
print(f"Huber {F.huber_loss(pred, target, delta=1.0):.4f}")
print(f"SmoothL1 {F.smooth_l1_loss(pred, target, beta=0.5):.4f}")
print(F.huber_loss(pred, target, reduction="none"))
