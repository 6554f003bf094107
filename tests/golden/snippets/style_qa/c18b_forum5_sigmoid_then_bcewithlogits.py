# Q: loss stuck around 0.5 - I apply sigmoid before BCEWithLogitsLoss
import torch
import torch.nn as nn

logits = torch.tensor([4.0, -4.0, 3.0])
target = torch.tensor([1.0, 0.0, 1.0])
double = nn.BCEWithLogitsLoss()(torch.sigmoid(logits), target)
single = nn.BCEWithLogitsLoss()(logits, target)
print(double, single)
print(nn.BCELoss()(torch.sigmoid(logits), target))
