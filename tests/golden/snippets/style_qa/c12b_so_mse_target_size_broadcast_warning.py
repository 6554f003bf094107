# Q: MSELoss warns "Using a target size that is different to the input size" and my regression never learns.
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(8, 1)
y = 3 * X.squeeze(1) + 1
model = nn.Linear(1, 1)
lossf = nn.MSELoss()
pred = model(X)
print(pred.shape, y.shape)
loss = lossf(pred, y)
print(loss)
print((pred - y).shape)
loss_fixed = lossf(pred.squeeze(1), y)
print(loss_fixed)
print(lossf(pred, y.unsqueeze(1)), lossf(pred, y.view(-1, 1)))
l1 = nn.L1Loss()(pred, y)
print(l1)
try:
    lossf(pred, torch.zeros(3))
except RuntimeError as e:
    print(e)
print(nn.functional.mse_loss(pred, y.unsqueeze(1), reduction='none').shape)
print(nn.SmoothL1Loss()(pred, y.unsqueeze(1)), nn.HuberLoss(delta=0.5)(pred, y.unsqueeze(1)))
