# Q: what do label_smoothing, pos_weight and NLLLoss weights change in the loss value?
import torch
from torch import nn

logits = torch.tensor([[2.0, -1.0, 0.5], [0.0, 1.5, -0.5]])
target = torch.tensor([0, 1])
print(nn.CrossEntropyLoss()(logits, target), nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target))
raw = torch.tensor([0.8, -1.2, 2.0])
y = torch.tensor([1.0, 0.0, 1.0])
print(nn.BCEWithLogitsLoss()(raw, y), nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(raw, y))
logp = torch.log_softmax(logits, dim=1)
print(nn.NLLLoss(weight=torch.tensor([2.0, 1.0, 1.0]))(logp, target))
print(nn.functional.binary_cross_entropy(torch.sigmoid(raw), y, weight=torch.tensor([1.0, 2.0, 0.5])))
print(nn.HuberLoss(delta=0.5)(raw, y), nn.SmoothL1Loss(beta=0.5)(raw, y), nn.L1Loss(reduction='sum')(raw, y))
