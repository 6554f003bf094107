# Q: BCELoss "all elements of input should be between 0 and 1": sigmoid first, or BCEWithLogitsLoss.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 1)
target = torch.tensor([[1.], [0.], [1.], [0.]])
try:
    nn.BCELoss()(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.BCELoss()(torch.sigmoid(logits), target))
print(nn.BCEWithLogitsLoss()(logits, target))
try:
    nn.BCEWithLogitsLoss()(logits, target.long())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.BCELoss()(torch.sigmoid(logits), target.view(-1))
except ValueError as e:
    print("ValueError:", e)
probs = torch.tensor([0.0, 1.0, 0.5])
print(nn.BCELoss(reduction='none')(probs, torch.tensor([1.0, 0.0, 1.0])))
soft = torch.softmax(torch.randn(2, 3), dim=1)
print(nn.CrossEntropyLoss()(torch.randn(2, 3), soft))
print(nn.NLLLoss()(torch.randn(3, 4), torch.tensor([0, 1, 2])))
