# Mistakes with F.interpolate: both size and scale_factor, wrong mode for the rank.
import torch
import torch.nn.functional as F

x = torch.zeros(1, 1, 4, 4)
for kwargs in [dict(size=2, scale_factor=2), dict(), dict(scale_factor=2, mode="linear"), dict(scale_factor=2, mode="trilinear"), dict(scale_factor=2, mode="cubic")]:
    try:
        F.interpolate(x, **kwargs)
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(F.interpolate(torch.zeros(1, 2, 3), scale_factor=2, mode="linear").shape)
print(F.interpolate(torch.zeros(1, 1, 2, 2, 2), scale_factor=2, mode="trilinear").shape)
