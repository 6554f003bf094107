# Q: BCEWithLogitsLoss vs sigmoid + BCELoss values, pos_weight for imbalance, and reduction='none'.
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, -1.0], [0.5, 3.0], [-2.5, 0.0]])
target = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
print(nn.BCEWithLogitsLoss()(logits, target))
print(nn.BCELoss()(torch.sigmoid(logits), target))
print(nn.BCEWithLogitsLoss(reduction='none')(logits, target))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0, 1.0]))(logits, target))
print(nn.BCEWithLogitsLoss(weight=torch.tensor([1.0, 0.5]), reduction='sum')(logits, target))
lg = logits.clone().requires_grad_()
nn.BCEWithLogitsLoss()(lg, target).backward()
print(lg.grad)
print((torch.sigmoid(logits) - target) / target.numel())
