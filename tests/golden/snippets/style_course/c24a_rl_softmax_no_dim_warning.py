# A policy head written with F.softmax and no dim
import torch
import torch.nn as nn
import torch.nn.functional as F

scores = torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 1.0]])
p = F.softmax(scores)
print(p)
print(p.sum(1))
head = nn.Softmax(dim=-1)
print(head)
print(torch.equal(head(scores), p))
print(F.softmax(scores, dim=0).sum(0))
