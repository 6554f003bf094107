import torch
from torch import nn

logits = torch.randn(4, 3)
labels = torch.tensor([[0], [2], [1], [1]])
try:
    nn.CrossEntropyLoss()(logits, labels)
except Exception as e:
    print(type(e).__name__, e)
print(nn.CrossEntropyLoss()(torch.zeros(4, 3), labels.squeeze(1)))
print(nn.CrossEntropyLoss()(torch.zeros(4, 3), labels.view(-1)).shape)
