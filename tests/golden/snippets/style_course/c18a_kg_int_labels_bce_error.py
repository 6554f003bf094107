# BCEWithLogitsLoss with integer labels: the dtype error learners hit
import torch
from torch import nn

logits = torch.randn(4)
labels = torch.tensor([0, 1, 1, 0])
try:
    nn.BCEWithLogitsLoss()(logits, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.BCEWithLogitsLoss()(torch.zeros(4), labels.float()))
try:
    nn.BCELoss()(torch.tensor([0.5, 1.2]), torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
