# A temporal-convolution residual block: shapes through dilations
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)
class CausalConv(nn.Conv1d):
    def __init__(self, cin, cout, k, dilation):
        super().__init__(cin, cout, k, dilation=dilation)
        self.left = (k - 1) * dilation
    def forward(self, x):
        return super().forward(F.pad(x, (self.left, 0)))
blocks = nn.ModuleList([CausalConv(2, 2, 3, d) for d in (1, 2, 4)])
x = torch.randn(1, 2, 16)
h = x
for b in blocks:
    h = F.relu(b(h)) + h
    print(b.left, h.shape)
receptive = 1 + sum(b.left for b in blocks)
print(receptive)
print(blocks[1])
