# Q: multi-target not supported / target shape (N,1)
import torch
import torch.nn as nn

logits = torch.zeros(4, 5)
target = torch.tensor([[1], [0], [4], [2]])
try:
    nn.CrossEntropyLoss()(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.CrossEntropyLoss()(logits, target.squeeze(1)).round(decimals=4))
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([1, 0, 5, 2]))
except IndexError as e:
    print("IndexError:", e)
