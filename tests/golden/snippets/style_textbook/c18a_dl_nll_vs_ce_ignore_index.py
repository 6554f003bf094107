# NLLLoss after LogSoftmax equals CrossEntropyLoss; ignore_index drops padded targets
import torch
from torch import nn

torch.manual_seed(17)
logits = torch.randn(5, 3)
target = torch.tensor([0, 2, -100, 1, -100])
ce = nn.CrossEntropyLoss()(logits, target)
nll = nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
print(ce, nll)
keep = target != -100
print(nn.CrossEntropyLoss()(logits[keep], target[keep]))
print(nn.CrossEntropyLoss(reduction="none")(logits, target))
print(nn.CrossEntropyLoss(ignore_index=2, reduction="sum")(logits, target.clamp(min=0)))
