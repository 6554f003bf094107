# Lecture: the less common initialisers, printed.
import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(4, 6)
print(nn.init.eye_(w))
c = torch.empty(2, 2, 3, 3)
nn.init.dirac_(c)
print(c[0, 0], c[1, 1].sum())
s = torch.empty(5, 4)
nn.init.sparse_(s, sparsity=0.4, std=0.01)
print((s == 0).sum(0))
print(nn.init.uniform_(torch.empty(2, 3), a=-0.5, b=0.5))
print(nn.init.normal_(torch.empty(2, 3), mean=1.0, std=0.1))
print(nn.init.constant_(torch.empty(2), 0.3))
print(nn.init.ones_(torch.empty(2)), nn.init.zeros_(torch.empty(2)))
print(nn.init.kaiming_uniform_(torch.empty(3, 2), a=5 ** 0.5))
print(nn.init.xavier_normal_(torch.empty(2, 2), gain=2.0))
