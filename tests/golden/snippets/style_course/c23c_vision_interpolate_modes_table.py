# Downsampling a 4x4 ramp to 2x2 with each interpolation mode.
import torch
import torch.nn.functional as F

x = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
for mode in ["nearest", "nearest-exact", "area", "bilinear", "bicubic"]:
    kw = {} if mode.startswith("nearest") or mode == "area" else {"align_corners": False}
    print(mode, F.interpolate(x, size=(2, 2), mode=mode, **kw).flatten().tolist())
print(F.interpolate(x, size=(2, 2), mode="bilinear", antialias=True, align_corners=False).flatten())
