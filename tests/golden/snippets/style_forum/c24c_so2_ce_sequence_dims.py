# Q: CrossEntropyLoss for sequences expects (N, C, L)
import torch
import torch.nn as nn

N, L, C = 2, 3, 5
logits = torch.zeros(N, L, C)
target = torch.zeros(N, L, dtype=torch.long)
try:
    nn.CrossEntropyLoss()(logits, target)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(nn.CrossEntropyLoss()(logits.permute(0, 2, 1), target).round(decimals=4))
print(nn.CrossEntropyLoss()(logits.reshape(-1, C), target.reshape(-1)).round(decimals=4))
