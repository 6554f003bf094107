# Q: which loss wants Long and which wants Float targets? nll_loss, BCEWithLogits, cross_entropy with float targets.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
t_long = torch.tensor([0, 2, 1, 2])
try:
    F.nll_loss(F.log_softmax(logits, 1), t_long.float())
except RuntimeError as e:
    print("nll float:", e)
try:
    F.nll_loss(F.log_softmax(logits, 1), t_long.int())
except RuntimeError as e:
    print("nll int:", e)
one = torch.randn(4, requires_grad=True)
try:
    nn.BCEWithLogitsLoss()(one, torch.tensor([1, 0, 1, 1]))
except RuntimeError as e:
    print("bcewl long:", e)
print(nn.BCEWithLogitsLoss()(one, torch.tensor([1, 0, 1, 1]).float()))
soft = torch.tensor([[0.7, 0.2, 0.1], [0.0, 0.0, 1.0], [0.3, 0.3, 0.4], [1.0, 0.0, 0.0]])
print(F.cross_entropy(logits, soft))
try:
    F.cross_entropy(logits, soft.double())
except RuntimeError as e:
    print("ce double:", e)
print(F.cross_entropy(logits, t_long), F.cross_entropy(logits, F.one_hot(t_long, 3).float()))
try:
    F.cross_entropy(logits, t_long.float())
except RuntimeError as e:
    print("ce float 1d:", e)
try:
    nn.MSELoss()(logits, torch.zeros(4, 3, dtype=torch.long))
except RuntimeError as e:
    print("mse long:", e)
