# F.interpolate: nearest, bilinear with and without align_corners, scale_factor vs size, Upsample.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(1.0, 5.0).reshape(1, 1, 2, 2)
print(F.interpolate(x, scale_factor=2, mode="nearest"))
print(F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
print(F.interpolate(x, size=(3, 5), mode="nearest-exact"))
seq = torch.tensor([[[0.0, 1.0, 4.0, 9.0]]])
print(F.interpolate(seq, size=7, mode="linear", align_corners=True))
print(F.interpolate(seq, scale_factor=0.5, mode="area"))
up = nn.Upsample(scale_factor=2, mode="bilinear")
print(up)
print(up(x).shape)
print(F.interpolate(x, scale_factor=1.5, mode="bicubic", align_corners=False))
try:
    F.interpolate(x, size=3, scale_factor=2)
except ValueError as e:
    print("ValueError:", e)
try:
    F.interpolate(seq, scale_factor=2, mode="bilinear")
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
