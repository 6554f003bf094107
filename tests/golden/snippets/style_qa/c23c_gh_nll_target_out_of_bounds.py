# Issue: "IndexError: Target 5 is out of bounds" with CrossEntropyLoss.
import torch
import torch.nn.functional as F

logits = torch.zeros(2, 5)
try:
    F.cross_entropy(logits, torch.tensor([1, 5]))
except IndexError as e:
    print("IndexError:", e)
try:
    F.cross_entropy(logits, torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.cross_entropy(logits, torch.tensor([[1], [2]]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits, torch.tensor([1, 4])))
