# Q: CrossEntropyLoss complains about my labels: float class indices, one-hot probabilities, wrong shape.
import torch
from torch import nn

torch.manual_seed(52)
logits = torch.randn(3, 4)
labels = torch.tensor([1.0, 3.0, 0.0])
ce = nn.CrossEntropyLoss()
try:
    ce(logits, labels)
except RuntimeError as e:
    print(e)
print(ce(logits, labels.long()))
probs = torch.nn.functional.one_hot(labels.long(), 4).float()
print(ce(logits, probs))
try:
    ce(logits, labels.long().unsqueeze(1))
except RuntimeError as e:
    print(e)
try:
    ce(logits, torch.tensor([1, 4, 0]))
except IndexError as e:
    print(type(e).__name__, e)
print(ce(logits.unsqueeze(0).transpose(1, 2), labels.long().unsqueeze(0)))
