# Q: padding tokens in the loss -- ignore_index
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.0, 2.0]])
target = torch.tensor([0, -100, 2])
print(F.cross_entropy(logits, target).round(decimals=4))
print(F.cross_entropy(logits, torch.tensor([0, 1, 2]), ignore_index=1).round(decimals=4))
print(F.cross_entropy(logits, target, reduction="none").round(decimals=4))
print(F.cross_entropy(logits, torch.tensor([-100, -100, -100])))
