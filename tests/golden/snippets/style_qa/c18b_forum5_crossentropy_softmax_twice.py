# Q: accuracy fine but loss weird - softmax layer before CrossEntropyLoss
import torch
import torch.nn as nn

logits = torch.tensor([[5.0, 0.0, -5.0], [0.0, 6.0, 0.0]])
labels = torch.tensor([0, 1])
print(nn.CrossEntropyLoss()(logits, labels))
print(nn.CrossEntropyLoss()(logits.softmax(dim=1), labels))
print(nn.NLLLoss()(logits.softmax(dim=1).log(), labels))
