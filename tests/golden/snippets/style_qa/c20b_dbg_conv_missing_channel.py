# Conv2d with a grayscale image that lacks the channel dim
import torch
import torch.nn as nn

torch.manual_seed(17)
conv = nn.Conv2d(1, 2, kernel_size=3)
img = torch.randn(5, 5)
print(conv(img.unsqueeze(0)).shape)
batch = torch.randn(4, 5, 5)
try:
    conv(batch)
except RuntimeError as e:
    print("RuntimeError:", e)
print(conv(batch.unsqueeze(1)).shape)
