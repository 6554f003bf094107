# MSE, L1, Huber and smooth L1 on the same forecast errors
import torch
import torch.nn as nn

pred = torch.tensor([1.0, 2.5, 0.0, 4.0])
true = torch.tensor([1.5, 2.0, 2.0, 0.5])
for name, fn in [('mse', nn.MSELoss()), ('l1', nn.L1Loss()), ('huber', nn.HuberLoss(delta=1.0)), ('smoothl1', nn.SmoothL1Loss(beta=0.5))]:
    print(name, fn(pred, true))
print(nn.L1Loss(reduction='none')(pred, true))
print(nn.MSELoss(reduction='sum')(pred, true))
print(nn.HuberLoss(delta=2.0))
try:
    nn.MSELoss(reduction='avg')(pred, true)
except ValueError as e:
    print(e)
