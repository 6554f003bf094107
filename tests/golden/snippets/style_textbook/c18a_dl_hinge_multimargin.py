# Multiclass hinge loss by hand versus nn.MultiMarginLoss
import torch
from torch import nn

scores = torch.tensor([[0.1, 0.2, 0.4, 0.8], [1.5, -0.3, 0.2, 0.9]])
y = torch.tensor([3, 0])
correct = scores[torch.arange(2), y].unsqueeze(1)
margins = (1 - correct + scores).clamp(min=0)
margins[torch.arange(2), y] = 0
print(margins)
print(margins.sum(1) / scores.shape[1])
print(nn.MultiMarginLoss(reduction="none")(scores, y))
print(nn.MultiMarginLoss(p=2, margin=0.5)(scores, y))
