import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)
head = nn.Linear(4, 3)
h = torch.randn(5, 4)
raw = head(h)
q = torch.cat([raw[:, :1], raw[:, :1] + torch.cumsum(F.softplus(raw[:, 1:]), dim=1)], dim=1)
print(q.shape)
print(bool((q.diff(dim=1) > 0).all()))
print(q[0].detach())
