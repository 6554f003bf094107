# Q: my softmax outputs don't sum to 1 per sample: dim=0 vs dim=1 (and the implicit-dim warning).
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 4)
p0 = F.softmax(logits, dim=0)
p1 = F.softmax(logits, dim=1)
print(p0.sum(dim=1), p0.sum(dim=0))
print(p1.sum(dim=1))
print(nn.Softmax(dim=-1)(logits).equal(p1))
print(torch.softmax(logits, -1).argmax(-1), logits.argmax(-1))
p = nn.Softmax()(logits)
print(p.sum(1))
print(F.log_softmax(logits, 1).exp().sum(1))
x3 = torch.randn(2, 3, 4)
print(F.softmax(x3, dim=1).sum(1))
