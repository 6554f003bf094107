# cross_entropy with class probabilities as targets, and ignore_index
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
probs = torch.softmax(torch.randn(3, 4), dim=1)
print(F.cross_entropy(logits, probs))
print(F.cross_entropy(logits, probs, ignore_index=-5))
try:
    F.cross_entropy(logits, probs, ignore_index=0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.cross_entropy(logits, probs.long())
except RuntimeError as e:
    print("RuntimeError:", e)
