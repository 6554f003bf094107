"""Class weights for an imbalanced dataset."""
import torch
import torch.nn as nn

torch.manual_seed(9)
logits = torch.randn(10, 2, requires_grad=True)
labels = torch.tensor([0, 0, 0, 0, 0, 0, 0, 0, 1, 1])
counts = torch.bincount(labels)
weights = counts.sum() / (2.0 * counts)
print("class weights:", weights)
plain = nn.CrossEntropyLoss()(logits, labels)
weighted = nn.CrossEntropyLoss(weight=weights)(logits, labels)
smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, labels)
print(plain.item(), weighted.item(), smoothed.item())
weighted.backward()
print(logits.grad[8:])
