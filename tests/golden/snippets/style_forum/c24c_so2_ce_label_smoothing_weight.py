# Q: class weights and label smoothing in CrossEntropyLoss
import torch
import torch.nn as nn

logits = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
target = torch.tensor([0, 1, 1])
ce = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 3.0]), label_smoothing=0.1)
print(ce)
print(round(ce(logits, target).item(), 4))
try:
    nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 3.0]))(logits, target)
except RuntimeError as e:
    print("RuntimeError:", e)
