# Binary classification losses: BCE on probabilities vs BCEWithLogits, pos_weight.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(6)
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0, 0.0])
print(F.binary_cross_entropy(torch.sigmoid(logits), target))
print(F.binary_cross_entropy_with_logits(logits, target))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits, target))
print(nn.BCELoss(reduction='none')(torch.sigmoid(logits), target))
try:
    F.binary_cross_entropy(logits, target)
except RuntimeError as e:
    print(e)
