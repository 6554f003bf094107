# Q: conv2d errors about channels; and why does a 3-D input work? Unbatched (C, H, W) input is accepted.
import torch
import torch.nn as nn

torch.manual_seed(17)
conv = nn.Conv2d(1, 4, 3)
rgb = torch.randn(2, 3, 8, 8)
try:
    conv(rgb)
except RuntimeError as e:
    print(e)
gray = rgb.mean(dim=1, keepdim=True)
print(conv(gray).shape)
print(conv(gray[0]).shape)
try:
    conv(torch.randn(8, 8))
except RuntimeError as e:
    print(e)
try:
    conv(torch.randn(2, 1, 2, 2))
except RuntimeError as e:
    print(e)
img_hwc = torch.randn(8, 8, 1)
print(conv(img_hwc.permute(2, 0, 1).unsqueeze(0)).shape)
try:
    conv(torch.randint(0, 255, (1, 1, 8, 8)))
except RuntimeError as e:
    print(e)
print(conv(torch.randint(0, 255, (1, 1, 8, 8)).float() / 255).dtype)
