# CrossEntropyLoss tricks: label smoothing and class weights
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]])
target = torch.tensor([0, 2])
print(f"plain:     {nn.CrossEntropyLoss()(logits, target):.4f}")
print(f"smoothing: {nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target):.4f}")
w = torch.tensor([1.0, 1.0, 3.0])
print(f"weighted:  {nn.CrossEntropyLoss(weight=w)(logits, target):.4f}")
print(f"ignore:    {nn.CrossEntropyLoss(ignore_index=2)(logits, target):.4f}")
probs = torch.tensor([[0.8, 0.1, 0.1], [0.0, 0.0, 1.0]])
print(f"soft targets: {nn.CrossEntropyLoss()(logits, probs):.4f}")
