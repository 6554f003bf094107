# Q: "Found dtype Long but expected Float" with MSELoss/BCELoss. A: targets must be float for regression losses.
import torch
import torch.nn as nn

torch.manual_seed(11)
pred = torch.randn(4, requires_grad=True)
target = torch.tensor([1, 0, 1, 1])
loss = nn.MSELoss()(pred, target)
print(loss.dtype)
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BCELoss()(torch.sigmoid(pred), target)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BCEWithLogitsLoss()(pred, target)
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.BCEWithLogitsLoss()(pred, target.float())
loss.backward()
print(round(loss.item(), 5), pred.grad.dtype)
try:
    nn.L1Loss()(pred.double(), target.float())
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.functional.mse_loss(pred.double(), target.double()).dtype)
