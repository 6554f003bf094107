# cross_entropy complains about my target dtype
import torch
import torch.nn as nn

torch.manual_seed(3)
logits = torch.randn(3, 4)
target = torch.tensor([1.0, 0.0, 3.0])
crit = nn.CrossEntropyLoss()
try:
    crit(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
print(crit(logits, target.long()))
target = torch.tensor([1, 0, 4])
print(crit(logits, target))
