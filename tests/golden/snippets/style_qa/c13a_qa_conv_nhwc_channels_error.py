# Q: "expected input[1, 28, 28, 3] to have 3 channels, but got 28 channels": images stored height-width-channel.
import torch
import torch.nn as nn

torch.manual_seed(58)
conv = nn.Conv2d(3, 16, 3)
img = torch.rand(28, 28, 3)
batch = img.unsqueeze(0)
try:
    conv(batch)
except RuntimeError as e:
    print(e)
fixed = batch.permute(0, 3, 1, 2)
print(fixed.shape, fixed.is_contiguous(), conv(fixed).shape)
print(fixed.is_contiguous(memory_format=torch.channels_last))
uint8 = (img * 255).to(torch.uint8).permute(2, 0, 1)
try:
    conv(uint8.unsqueeze(0))
except RuntimeError as e:
    print(e)
print(conv(uint8.unsqueeze(0).float().div(255)).shape)
try:
    conv(torch.rand(2, 3, 2, 2))
except RuntimeError as e:
    print(e)
