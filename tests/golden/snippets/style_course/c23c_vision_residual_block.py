# A basic residual block: conv-bn-relu-conv-bn plus identity, with a 1x1 projection when shapes change.
import torch
import torch.nn as nn
import torch.nn.functional as F

class Block(nn.Module):
    def __init__(self, cin, cout, stride=1):
        super().__init__()
        self.c1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.b1 = nn.BatchNorm2d(cout)
        self.c2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.b2 = nn.BatchNorm2d(cout)
        self.short = nn.Sequential()
        if stride != 1 or cin != cout:
            self.short = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        out = F.relu(self.b1(self.c1(x)))
        return F.relu(self.b2(self.c2(out)) + self.short(x))

torch.manual_seed(0)
x = torch.randn(2, 4, 8, 8)
for blk in [Block(4, 4), Block(4, 8, 2)]:
    y = blk(x)
    print(y.shape, y.grad_fn.name(), sum(p.numel() for p in blk.parameters()))
    print(len(blk.short), (y >= 0).all().item())
