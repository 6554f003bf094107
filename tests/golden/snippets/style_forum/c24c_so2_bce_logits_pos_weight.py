# Q: imbalanced binary labels -- pos_weight
import torch
import torch.nn as nn

logits = torch.tensor([0.0, 0.0, 0.0, 0.0])
y = torch.tensor([1.0, 0.0, 0.0, 0.0])
print(nn.BCEWithLogitsLoss()(logits, y).round(decimals=4))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(logits, y).round(decimals=4))
print(nn.BCEWithLogitsLoss(reduction="sum")(logits, y).round(decimals=4))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0])))
