import torch
from torch import nn

logits = torch.tensor([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 2.0], [1.0, 1.0, 0.0]])
target = torch.tensor([0, 1, 2, 0])
w = torch.tensor([0.2, 1.0, 3.0])
print(f"{nn.CrossEntropyLoss(weight=w)(logits, target).item():.4f}")
print(nn.CrossEntropyLoss(weight=w, reduction="none")(logits, target).round(decimals=4))
try:
    nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0]))(logits, target)
except Exception as e:
    print(type(e).__name__, e)
