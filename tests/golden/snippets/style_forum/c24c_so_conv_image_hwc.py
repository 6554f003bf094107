# Q: my image is HWC from PIL/numpy, conv complains
import torch
import torch.nn as nn

conv = nn.Conv2d(3, 2, 3)
img = torch.arange(5 * 5 * 3, dtype=torch.float32).reshape(5, 5, 3)
try:
    conv(img.unsqueeze(0))
except RuntimeError as e:
    print("RuntimeError:", e)
chw = img.permute(2, 0, 1)
print(chw.shape, chw.is_contiguous())
print(conv(chw.unsqueeze(0)).shape, conv(chw).shape)
