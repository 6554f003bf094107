import torch
from torch import nn

torch.manual_seed(3)
w = torch.empty(2, 3)
print(nn.init.uniform_(w, -1, 1))
print(nn.init.normal_(w, mean=10.0, std=0.01))
print(nn.init.constant_(w, 0.3))
print(nn.init.ones_(w), nn.init.zeros_(w))
print(nn.init.eye_(torch.empty(2, 3)))
p = nn.Parameter(torch.empty(2))
print(nn.init.uniform_(p), p.requires_grad)
