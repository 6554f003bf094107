"""Running a Conv2d on a single grayscale image."""
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(in_channels=1, out_channels=2, kernel_size=3)
image = torch.randn(5, 5)  # height x width only
try:
    conv(image)
except RuntimeError as e:
    print("RuntimeError:", e)
print(conv(image.unsqueeze(0)).shape)  # (C, H, W) works too
print(conv(image[None, None]).shape)
try:
    conv(torch.randn(1, 3, 5, 5))
except RuntimeError as e:
    print("RuntimeError:", e)
