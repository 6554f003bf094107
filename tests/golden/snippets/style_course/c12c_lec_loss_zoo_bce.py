# Lecture: BCE, BCEWithLogits and pos_weight at full precision.
import torch
import torch.nn as nn

torch.manual_seed(1)
z = torch.randn(6, 3)
y = (torch.rand(6, 3) > 0.5).float()
p = torch.sigmoid(z)
print(nn.BCELoss()(p, y).item())
print(nn.BCEWithLogitsLoss()(z, y).item())
pw = torch.tensor([1.0, 3.0, 0.5])
print(nn.BCEWithLogitsLoss(pos_weight=pw)(z, y).item())
print(nn.BCEWithLogitsLoss(pos_weight=pw, reduction="none")(z, y))
w = torch.tensor([0.2, 0.3, 0.5])
print(nn.BCELoss(weight=w)(p, y).item())
manual = -(pw * y * torch.log(torch.sigmoid(z)) + (1 - y) * torch.log(1 - torch.sigmoid(z))).mean()
print(manual.item())
print(nn.BCELoss()(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.0])))
