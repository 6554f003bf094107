import torch
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.0], [0.0, 0.0, 3.0]])
y = torch.tensor([0, 2])
probs = torch.softmax(logits, dim=1)
print(f"{nn.NLLLoss()(probs, y).item():.4f}")
print(f"{nn.NLLLoss()(torch.log(probs), y).item():.4f}")
print(f"{nn.CrossEntropyLoss()(logits, y).item():.4f}")
print(f"{nn.CrossEntropyLoss()(probs, y).item():.4f}")
