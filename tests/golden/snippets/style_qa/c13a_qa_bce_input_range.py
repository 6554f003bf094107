# Q: "all elements of input should be between 0 and 1" from BCELoss. A: apply sigmoid or use BCEWithLogitsLoss.
import torch
import torch.nn as nn

torch.manual_seed(19)
logits = torch.randn(5) * 2
target = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0])
try:
    nn.BCELoss()(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
p = torch.sigmoid(logits)
a = nn.BCELoss()(p, target)
b = nn.BCEWithLogitsLoss()(logits, target)
print(a, b, torch.allclose(a, b))
big = torch.tensor([100.0, -100.0])
print(nn.BCELoss()(torch.sigmoid(big), torch.tensor([0.0, 1.0])))
print(nn.BCEWithLogitsLoss()(big, torch.tensor([0.0, 1.0])))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor(3.0))(logits, target))
print(nn.BCELoss(reduction="sum")(p, target), nn.BCELoss(reduction="none")(p, target))
try:
    nn.BCELoss()(p, target.unsqueeze(1))
except ValueError as e:
    print("ValueError:", e)
