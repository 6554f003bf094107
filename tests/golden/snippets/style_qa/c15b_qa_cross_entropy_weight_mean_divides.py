# Q: CrossEntropyLoss with class weights — the mean is not the plain average of weighted losses.
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [-1.0, 3.0, 0.0]])
target = torch.tensor([0, 2, 1])
weight = torch.tensor([1.0, 2.0, 0.5])
per = nn.CrossEntropyLoss(weight=weight, reduction='none')(logits, target)
print(per)
print(nn.CrossEntropyLoss(weight=weight)(logits, target))
print(per.sum() / weight[target].sum(), per.mean())
print(nn.CrossEntropyLoss(weight=weight, reduction='sum')(logits, target))
print(nn.CrossEntropyLoss(ignore_index=2)(logits, target))
