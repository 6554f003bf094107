# Class imbalance: CrossEntropyLoss(weight=...) and BCEWithLogitsLoss(pos_weight=...) at full precision.
import torch
import torch.nn as nn

labels = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1, 2])
counts = torch.bincount(labels, minlength=3)
weights = counts.sum() / (len(counts) * counts.float())
print(counts, weights)
torch.manual_seed(3)
logits = torch.randn(9, 3, requires_grad=True)
plain = nn.CrossEntropyLoss()(logits, labels)
weighted = nn.CrossEntropyLoss(weight=weights)(logits, labels)
print(plain.item(), weighted.item())
weighted.backward()
print(logits.grad)
per = nn.CrossEntropyLoss(weight=weights, reduction="none")(logits, labels)
print(per, (per.sum() / weights[labels].sum()).item())
y = torch.tensor([[1.0], [0.0], [0.0], [0.0], [0.0]])
z = torch.tensor([[0.3], [-1.0], [0.2], [-0.5], [1.5]])
pos_weight = torch.tensor([4.0])
print(nn.BCEWithLogitsLoss()(z, y).item(), nn.BCEWithLogitsLoss(pos_weight=pos_weight)(z, y).item())
print(nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")(z, y))
print(nn.BCELoss(weight=torch.tensor([2.0, 1, 1, 1, 1]).unsqueeze(1))(torch.sigmoid(z), y))
