# Binary masks: BCEWithLogits with pos_weight for the rare foreground.
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, -1.0], [0.5, -3.0]], requires_grad=True)
mask = torch.tensor([[1.0, 0.0], [1.0, 1.0]])
plain = nn.BCEWithLogitsLoss()(logits, mask)
weighted = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0]))(logits, mask)
print(plain, weighted, sep="\n")
weighted.backward()
print(logits.grad)
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([3.0])))
