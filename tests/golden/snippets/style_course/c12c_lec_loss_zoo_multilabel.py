# Lecture: multi-label and multi-class margin losses.
import torch
import torch.nn as nn

torch.manual_seed(4)
scores = torch.randn(3, 4)
labels = torch.tensor([[1, 0, 0, 1], [0, 1, 0, 0], [1, 1, 1, 0]]).float()
print(nn.MultiLabelSoftMarginLoss()(scores, labels).item())
print(nn.MultiLabelSoftMarginLoss(reduction="none")(scores, labels))
cls = torch.tensor([3, 0, 2])
print(nn.MultiMarginLoss()(scores, cls).item())
print(nn.MultiMarginLoss(p=2, margin=0.5)(scores, cls).item())
ml_target = torch.tensor([[3, 0, -1, 1], [1, -1, 0, 0], [0, 1, 2, -1]])
print(nn.MultiLabelMarginLoss()(scores, ml_target).item())
print(nn.NLLLoss()(torch.log_softmax(scores, 1), cls).item())
print(nn.PoissonNLLLoss()(scores, labels).item())
print(nn.GaussianNLLLoss()(scores, labels, torch.ones(3, 4) * 0.5).item())
