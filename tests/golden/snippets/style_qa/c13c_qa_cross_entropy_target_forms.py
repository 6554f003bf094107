# "NLLLoss gives a negative loss and CrossEntropyLoss complains about my targets"
import torch
import torch.nn as nn
import torch.nn.functional as F

scores = torch.tensor([[1.2, -0.3, 0.8, 0.0], [0.4, 2.2, -1.0, 0.5], [-0.6, 0.1, 0.3, 1.9]])
target = torch.tensor([2, 1, 3])
print("NLL on raw scores (wrong):", F.nll_loss(scores, target).item())
print("NLL on log_softmax:", F.nll_loss(F.log_softmax(scores, dim=1), target).item())
print("cross_entropy:", F.cross_entropy(scores, target).item())
print("softmax twice (wrong):", F.cross_entropy(scores.softmax(1), target).item())
probs = F.one_hot(target, num_classes=4).float() * 0.9 + 0.025
print("soft targets:", F.cross_entropy(scores, probs).item())
try:
    F.cross_entropy(scores, target.unsqueeze(0))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    F.nll_loss(scores, target.float())
except RuntimeError as e:
    print("RuntimeError:", e)
