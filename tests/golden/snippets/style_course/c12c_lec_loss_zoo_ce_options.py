# Lecture: CrossEntropyLoss options side by side.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(5, 4)
target = torch.tensor([0, 3, 1, -100, 2])
weights = torch.tensor([1.0, 2.0, 0.5, 1.5])
print(nn.CrossEntropyLoss(ignore_index=-100)(logits, target).item())
print(nn.CrossEntropyLoss(weight=weights, ignore_index=-100)(logits, target).item())
print(nn.CrossEntropyLoss(label_smoothing=0.1, ignore_index=-100)(logits, target).item())
print(nn.CrossEntropyLoss(weight=weights, label_smoothing=0.2, ignore_index=-100)(logits, target).item())
print(nn.CrossEntropyLoss(reduction="none", ignore_index=-100)(logits, target))
print(nn.CrossEntropyLoss(reduction="sum", ignore_index=-100)(logits, target).item())
probs = torch.softmax(torch.randn(5, 4), dim=1)
print(nn.CrossEntropyLoss()(logits, probs).item())
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, probs).item())
