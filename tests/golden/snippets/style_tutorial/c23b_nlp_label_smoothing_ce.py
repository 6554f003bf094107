import torch
from torch import nn

logits = torch.tensor([[3.0, 0.5, -1.0, 0.0], [0.2, 0.1, 2.0, -0.5], [1.0, 1.0, 1.0, 1.0]])
target = torch.tensor([0, 2, 0])
for ls in (0.0, 0.1, 0.3):
    l = nn.CrossEntropyLoss(label_smoothing=ls)(logits, target)
    print(ls, f"{l.item():.4f}")
l = nn.CrossEntropyLoss(label_smoothing=0.1, ignore_index=2)(logits, torch.tensor([0, 2, 2]))
print(f"{l.item():.4f}")
try:
    nn.CrossEntropyLoss(label_smoothing=1.5)(logits, target)
except Exception as e:
    print(type(e).__name__, e)
