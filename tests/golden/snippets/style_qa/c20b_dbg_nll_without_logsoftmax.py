# NLLLoss on raw scores gives negative loss
import torch
import torch.nn as nn

torch.manual_seed(21)
scores = torch.randn(3, 4) * 3
y = torch.tensor([0, 3, 1])
print(nn.NLLLoss()(scores, y))
print(nn.NLLLoss()(scores.log_softmax(1), y))
print(nn.CrossEntropyLoss()(scores, y))
print(nn.NLLLoss()(scores.softmax(1), y))
