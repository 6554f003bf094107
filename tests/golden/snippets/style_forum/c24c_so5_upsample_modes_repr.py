# Q: nn.Upsample modes and their reprs
import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 2.0, 4.0]]])
for mode in ("nearest", "linear", "nearest-exact"):
    up = nn.Upsample(scale_factor=2, mode=mode)
    print(up, up(x))
print(nn.Upsample(size=5, mode="linear", align_corners=True)(x))
try:
    nn.Upsample(scale_factor=2, mode="bilinear")(x)
except (ValueError, NotImplementedError, RuntimeError) as e:
    print(type(e).__name__, str(e).splitlines()[0])
