# The target-size warning of each loss module is shown once per module class, as PyTorch places it in each forward.
import torch
import torch.nn as nn
import torch.nn.functional as F

pred = torch.zeros(4, 1)
y = torch.ones(4)
for m in [nn.MSELoss(), nn.L1Loss(), nn.SmoothL1Loss(), nn.HuberLoss(), nn.MSELoss(), nn.L1Loss()]:
    print(type(m).__name__, m(pred, y).item())
print(F.mse_loss(pred, y).item(), F.l1_loss(pred, y).item())
for _ in range(2):
    print(F.mse_loss(pred, y).item())
