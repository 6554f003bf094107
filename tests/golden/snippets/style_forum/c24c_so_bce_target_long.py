# Q: BCEWithLogitsLoss result type Float can't be cast to Long
import torch
import torch.nn as nn

logits = torch.tensor([0.0, 2.0, -1.0])
labels = torch.tensor([0, 1, 0])
try:
    nn.BCEWithLogitsLoss()(logits, labels)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    nn.BCELoss()(torch.sigmoid(logits), labels)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(nn.BCEWithLogitsLoss()(logits, labels.float()).round(decimals=4))
