# BCELoss on sigmoid output vs BCEWithLogitsLoss, and the extreme logit case
import torch
import torch.nn as nn

logits = torch.tensor([-120.0, -3.0, 0.0, 5.0, 120.0])
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
print(nn.BCELoss(reduction="none")(torch.sigmoid(logits), target))
print(nn.BCEWithLogitsLoss(reduction="none")(logits, target))
try:
    nn.BCELoss()(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits[1:4], target[1:4]))
