import torch
import torch.nn.functional as F

logits = torch.randn(2, 5, 7)
target = torch.randint(0, 7, (2, 5))
try:
    F.cross_entropy(logits, target)
except Exception as e:
    print(type(e).__name__, e)
print(F.cross_entropy(logits.permute(0, 2, 1), target).shape)
try:
    F.cross_entropy(logits.view(-1, 7), target)
except Exception as e:
    print(type(e).__name__, e)
try:
    F.cross_entropy(logits.view(-1, 7), target.view(-1).float())
except Exception as e:
    print(type(e).__name__, e)
