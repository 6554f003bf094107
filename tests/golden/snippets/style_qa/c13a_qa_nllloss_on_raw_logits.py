# Q: my NLLLoss is negative! A: NLLLoss expects log-probabilities; feed it log_softmax, not raw scores.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(18)
scores = torch.randn(4, 3) * 3
target = torch.tensor([0, 2, 1, 1])
print(nn.NLLLoss()(scores, target))
print(-scores[torch.arange(4), target].mean())
print(nn.NLLLoss()(F.log_softmax(scores, dim=1), target))
print(F.cross_entropy(scores, target))
print(nn.NLLLoss()(torch.log(F.softmax(scores, dim=1)), target))
print(nn.NLLLoss(reduction="none")(F.log_softmax(scores, 1), target))
print(nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5]))(F.log_softmax(scores, 1), target))
print(F.log_softmax(scores, 1).exp().sum(1))
