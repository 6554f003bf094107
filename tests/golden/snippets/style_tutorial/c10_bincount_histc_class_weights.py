# Class counts with bincount and histc, turned into class weights for CrossEntropyLoss.
import torch
import torch.nn as nn

torch.manual_seed(4)
labels = torch.tensor([0, 0, 0, 0, 1, 1, 2, 0, 0, 1])
counts = torch.bincount(labels)
print(counts, counts.dtype)
print(torch.bincount(labels, minlength=5))
w = torch.tensor([0.5, 1.0, 2.0, 1.0, 0.5, 1.0, 1.0, 1.0, 0.5, 2.0])
print(torch.bincount(labels, weights=w))
weights = counts.sum() / (len(counts) * counts.float())
print(weights)
logits = torch.randn(10, 3)
plain = nn.CrossEntropyLoss()(logits, labels)
weighted = nn.CrossEntropyLoss(weight=weights)(logits, labels)
print(plain, weighted)
vals = torch.tensor([0.1, 0.4, 0.45, 0.9, 0.95, 1.0, -0.2])
print(torch.histc(vals, bins=4, min=0, max=1))
print(torch.histc(torch.tensor([1.0, 2.0, 1.0]), bins=4))
h = torch.histogram(torch.tensor([0.1, 0.4, 0.45, 0.9]), bins=3)
print(h)
try:
    torch.bincount(torch.tensor([1, -1]))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.bincount(torch.tensor([[1, 2]]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.unique(labels, return_counts=True))
