import warnings
import torch
import torch.nn.functional as F
from torch import nn

# Softmax without dim= on a batch of scores: which axis did it pick?
scores = torch.tensor([[1.0, 2.0], [3.0, 5.0], [0.0, 0.0]])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    implicit = F.softmax(scores)
    implicit_3d = nn.LogSoftmax()(scores.unsqueeze(0))
print(implicit.sum(dim=1), implicit_3d.shape)
print(torch.equal(implicit, F.softmax(scores, dim=1)))
print(torch.equal(implicit_3d, F.log_softmax(scores.unsqueeze(0), dim=0)))
print([str(c.message)[:70] for c in caught])
