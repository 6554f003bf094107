import torch
from torch import nn

onehot = torch.tensor([[0, 1, 0], [1, 0, 0], [0, 0, 1]])
logits = torch.tensor([[0.1, 2.0, 0.3], [1.5, 0.0, 0.2], [0.0, 0.1, 0.9]])
try:
    nn.CrossEntropyLoss()(logits, onehot)
except Exception as e:
    print(type(e).__name__, e)
print(f"{nn.CrossEntropyLoss()(logits, onehot.argmax(1)).item():.4f}")
print(f"{nn.CrossEntropyLoss()(logits, onehot.float()).item():.4f}")
print(onehot.argmax(dim=1), onehot.nonzero()[:, 1])
