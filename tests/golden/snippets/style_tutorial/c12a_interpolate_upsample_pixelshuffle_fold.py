# Resampling ops: F.interpolate modes, nn.Upsample, PixelShuffle/Unshuffle and Fold/Unfold round trips.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(16.0).view(1, 1, 4, 4)
print(F.interpolate(x, scale_factor=0.5, mode="nearest"))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=False))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
print(F.interpolate(x, scale_factor=1.5, mode="bicubic", align_corners=False)[0, 0, 0])
print(nn.Upsample(scale_factor=2, mode="nearest")(x).shape, F.interpolate(x[:, :, 0], size=6, mode="linear"))
y = torch.arange(32.0).view(1, 8, 2, 2)
ps = nn.PixelShuffle(2)(y)
print(ps.shape, ps[0, 0], torch.equal(nn.PixelUnshuffle(2)(ps), y))
unfold = nn.Unfold(kernel_size=2, stride=2)
patches = unfold(x)
print(patches.shape, patches[0, :, 0])
fold = nn.Fold(output_size=(4, 4), kernel_size=2, stride=2)
print(torch.equal(fold(patches), x))
over = F.unfold(x, kernel_size=3, padding=1)
print(over.shape, F.fold(over, (4, 4), kernel_size=3, padding=1)[0, 0])
print(F.pad(x, (1, 1, 1, 1), mode="reflect")[0, 0, 0], F.pad(x, (1, 0, 0, 0), mode="replicate")[0, 0, :, :2])
