# Loss chapter: binary cross-entropy with per-class weights that broadcast.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(5)
logits = torch.randn(4, 3, requires_grad=True)
targets = torch.tensor([[1.0, 0.0, 1.0], [0.0, 0.0, 1.0], [1.0, 1.0, 0.0], [0.0, 1.0, 0.0]])
w = torch.tensor([1.0, 0.5, 2.0])
print(F.binary_cross_entropy_with_logits(logits, targets, weight=w))
print(F.binary_cross_entropy_with_logits(logits, targets, weight=w, reduction="none"))
print(F.binary_cross_entropy(torch.sigmoid(logits), targets, weight=w))
soft = torch.tensor([[0.9, 0.1, 0.8], [0.2, 0.0, 1.0], [0.7, 0.6, 0.1], [0.0, 1.0, 0.5]])
loss = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0, 1.0, 0.5]))(logits, soft)
loss.backward()
print(loss.item())
print(logits.grad)
try:
    F.binary_cross_entropy(torch.sigmoid(logits), targets[:, :2])
except ValueError as e:
    print(e)
