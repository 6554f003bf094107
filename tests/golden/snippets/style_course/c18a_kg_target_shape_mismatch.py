# Logits (N, 1) versus labels (N,) in BCEWithLogitsLoss: a ValueError, not broadcasting
import torch
import torch.nn as nn

out = torch.randn(5, 1)
target = torch.tensor([1.0, 0.0, 1.0, 1.0, 0.0])
try:
    nn.BCEWithLogitsLoss()(out, target)
except ValueError as e:
    print("ValueError:", e)
print(nn.BCEWithLogitsLoss()(out.squeeze(1), target).shape)
try:
    nn.CrossEntropyLoss()(torch.randn(5, 3), torch.tensor([[0], [1], [2], [0], [1]]))
except RuntimeError as e:
    print("RuntimeError:", e)
