# Q: BCELoss complains about target size
import torch
import torch.nn as nn

logits = torch.tensor([[0.3], [-1.2], [2.0]])
probs = logits.sigmoid()
is_cat = torch.tensor([1.0, 0.0, 1.0])
try:
    nn.BCELoss()(probs, is_cat)
except ValueError as err:
    print("ValueError:", err)
print(nn.BCELoss()(probs, is_cat.unsqueeze(1)))
try:
    nn.BCEWithLogitsLoss()(logits, is_cat)
except ValueError as err:
    print("ValueError:", err)
