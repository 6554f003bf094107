# Q: my NLLLoss is negative. A: NLLLoss expects log-probabilities; feed it log_softmax, not raw scores.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
scores = torch.randn(4, 3) * 3
target = torch.tensor([0, 2, 1, 2])
print(nn.NLLLoss()(scores, target))
print(nn.NLLLoss()(F.log_softmax(scores, dim=1), target))
print(nn.CrossEntropyLoss()(scores, target))
print(nn.NLLLoss()(torch.softmax(scores, dim=1), target))
probs = F.softmax(scores, dim=1)
print(-probs[range(4), target].log().mean())
print(F.nll_loss(F.log_softmax(scores, 1), target, reduction="sum"))
w = torch.tensor([1.0, 2.0, 0.5])
print(F.nll_loss(F.log_softmax(scores, 1), target, weight=w))
print(F.nll_loss(F.log_softmax(scores, 1), torch.tensor([0, -100, 1, 2])))
try:
    F.nll_loss(scores, torch.tensor([0, 3, 1, 2]))
except (IndexError, RuntimeError) as e:
    print(type(e).__name__, e)
