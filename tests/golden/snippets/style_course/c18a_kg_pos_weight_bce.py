# BCEWithLogitsLoss with pos_weight for a rare positive class
import torch
from torch import nn

torch.manual_seed(6)
logits = torch.randn(12, 1)
target = torch.zeros(12, 1)
target[[1, 7]] = 1.0
pos_weight = torch.tensor([(target == 0).sum() / (target == 1).sum()])
print("pos_weight:", pos_weight)
loss_a = nn.BCEWithLogitsLoss()(logits, target)
loss_b = nn.BCEWithLogitsLoss(pos_weight=pos_weight)(logits, target)
print(round(loss_a.item(), 6), round(loss_b.item(), 6))
print(nn.BCEWithLogitsLoss(reduction="none", pos_weight=pos_weight)(logits, target)[:3])
