# BCEWithLogitsLoss target size mismatch
import torch
import torch.nn as nn

torch.manual_seed(20)
logits = torch.randn(4, 1)
target = torch.tensor([1.0, 0.0, 1.0, 1.0])
crit = nn.BCEWithLogitsLoss()
try:
    crit(logits, target)
except ValueError as e:
    print("ValueError:", e)
print(crit(logits.squeeze(1), target))
print(crit(logits, target.unsqueeze(1)))
