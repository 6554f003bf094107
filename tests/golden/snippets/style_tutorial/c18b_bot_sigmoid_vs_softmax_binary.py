"""Binary classification: BCEWithLogitsLoss vs CrossEntropyLoss."""
import torch
import torch.nn as nn

torch.manual_seed(11)
logit = torch.randn(4)
label = torch.tensor([1.0, 0.0, 0.0, 1.0])

bce = nn.BCEWithLogitsLoss()(logit, label)
two_class = torch.stack([torch.zeros(4), logit], dim=1)
ce = nn.CrossEntropyLoss()(two_class, label.long())
print(f"BCEWithLogits : {bce.item():.6f}")
print(f"CrossEntropy  : {ce.item():.6f}")
print("Equal?", torch.isclose(bce, ce))
