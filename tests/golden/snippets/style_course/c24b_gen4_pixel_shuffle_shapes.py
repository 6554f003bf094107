# ESPCN-style upsampler: conv to r^2 channels, then PixelShuffle, shapes per stage
import torch
import torch.nn as nn

torch.manual_seed(1250)
r = 3
up = nn.Sequential(nn.Conv2d(1, r * r, 3, padding=1), nn.PixelShuffle(r))
x = torch.randn(2, 1, 5, 4)
for m in up:
    x = m(x)
    print(type(m).__name__, list(x.shape))
print(up[1].upscale_factor, up[1])
try:
    nn.PixelShuffle(2)(torch.ones(1, 6, 2, 2))
except RuntimeError as e:
    print("RuntimeError:", e)
