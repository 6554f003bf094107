# nn.LocalResponseNorm and nn.ChannelShuffle, nn.Upsample modes
import torch
import torch.nn as nn

torch.manual_seed(0)
lrn = nn.LocalResponseNorm(2)
x = torch.randn(1, 4, 2, 2)
print(lrn(x)[0, :, 0, 0])
print(lrn)
cs = nn.ChannelShuffle(2)
print(cs(torch.arange(8.).view(1, 4, 1, 2)).flatten())
up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=False)
print(up(torch.arange(4.).view(1, 1, 2, 2)))
print(nn.Upsample(size=3, mode='nearest')(torch.arange(2.).view(1, 1, 2)))
