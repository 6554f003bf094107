# Q: IndexError: Target 5 is out of bounds
import torch
import torch.nn.functional as F

logits = torch.zeros(2, 5)
labels = torch.tensor([1, 5])
try:
    F.cross_entropy(logits, labels)
except IndexError as err:
    print("IndexError:", err)
labels = torch.tensor([1, 4])
print(F.cross_entropy(logits, labels))
print(F.cross_entropy(logits, labels - 1, ignore_index=-1))
