# Q: expected input to have 3 channels, but got 1 channels instead
import torch
import torch.nn as nn

conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
gray = torch.zeros(4, 1, 16, 16)
try:
    conv(gray)
except RuntimeError as e:
    print("RuntimeError:", e)
print(conv(gray.expand(-1, 3, -1, -1)).shape)
try:
    conv(torch.zeros(16, 16, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
