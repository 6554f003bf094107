# Q: cross entropy with probability targets
import torch
import torch.nn.functional as F

logits = torch.tensor([[0.0, 0.0], [1.0, -1.0]])
soft = torch.tensor([[0.5, 0.5], [0.25, 0.75]])
print(F.cross_entropy(logits, soft).round(decimals=4))
print(F.cross_entropy(logits, soft, reduction="none").round(decimals=4))
try:
    F.cross_entropy(logits, torch.tensor([[0.5, 0.5, 0.0], [1.0, 0.0, 0.0]]))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
