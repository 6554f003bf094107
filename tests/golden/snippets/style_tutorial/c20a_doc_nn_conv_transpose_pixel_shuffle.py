# nn.ConvTranspose2d with output_size, nn.PixelShuffle / PixelUnshuffle
import torch
import torch.nn as nn

torch.manual_seed(0)
input = torch.randn(1, 16, 12, 12)
downsample = nn.Conv2d(16, 16, 3, stride=2, padding=1)
upsample = nn.ConvTranspose2d(16, 16, 3, stride=2, padding=1)
h = downsample(input)
print(h.size())
output = upsample(h, output_size=input.size())
print(output.size())
print(upsample)
ps = nn.PixelShuffle(3)
print(ps(torch.randn(1, 9, 4, 4)).size())
pu = nn.PixelUnshuffle(3)
print(pu(torch.randn(1, 1, 12, 12)).size())
print(ps(torch.arange(9.).view(1, 9, 1, 1)))
