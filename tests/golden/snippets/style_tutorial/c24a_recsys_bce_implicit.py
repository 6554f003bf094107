# Implicit feedback as binary labels: BCE-with-logits and pos_weight
import torch
import torch.nn as nn

logits = torch.tensor([2.0, -1.0, 0.5, -3.0, 0.0])
labels = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])
print(nn.BCEWithLogitsLoss()(logits, labels))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor(4.0))(logits, labels))
print(nn.BCEWithLogitsLoss(reduction='sum')(logits, labels))
crit = nn.BCELoss()
try:
    crit(logits, labels)
except RuntimeError as e:
    print(e)
try:
    nn.BCEWithLogitsLoss()(logits, labels.long())
except RuntimeError as e:
    print(e)
print(crit(torch.sigmoid(logits), labels))
