import torch
from torch import nn

logits = torch.randn(4, 3)
labels = torch.tensor([1, 2, 3, 0])
try:
    nn.CrossEntropyLoss()(logits, labels)
except Exception as e:
    print(type(e).__name__, e)
labels_1based = torch.tensor([1, 2, 3, 3])
print((labels_1based - 1).tolist())
print(nn.CrossEntropyLoss()(torch.zeros(4, 3), labels_1based - 1))
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([-2, 0, 1, 1]))
except Exception as e:
    print(type(e).__name__, e)
