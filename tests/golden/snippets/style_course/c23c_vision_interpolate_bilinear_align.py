# Bilinear upsampling with and without align_corners on a 2x2 ramp.
import torch
import torch.nn.functional as F

x = torch.tensor([[[[0.0, 1.0], [2.0, 3.0]]]])
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
print(F.interpolate(x, size=(4, 4), mode="bilinear", align_corners=False))
with __import__("warnings").catch_warnings(record=True) as w:
    __import__("warnings").simplefilter("always")
    F.interpolate(x, scale_factor=2, mode="bilinear")
    print(len(w))
try:
    F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=True).shape
    F.interpolate(x[0], scale_factor=2, mode="bilinear")
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
