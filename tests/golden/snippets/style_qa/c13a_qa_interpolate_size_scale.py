# Q: upsampling feature maps with F.interpolate: size vs scale_factor, align_corners, and input dims.
import torch
import torch.nn.functional as F

x = torch.arange(16.0).view(1, 1, 4, 4)
print(F.interpolate(x, scale_factor=2, mode="nearest")[0, 0, :2])
print(F.interpolate(x, size=(2, 2), mode="bilinear", align_corners=False))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
try:
    F.interpolate(x, size=(8, 8), scale_factor=2)
except ValueError as e:
    print("ValueError:", e)
try:
    F.interpolate(torch.arange(4.0), scale_factor=2)
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__ + ":", e)
print(F.interpolate(torch.arange(4.0).view(1, 1, 4), scale_factor=1.5, mode="linear").shape)
print(torch.nn.Upsample(scale_factor=2, mode="nearest")(x).shape)
