# Exercise: center-crop a batch of images to 4x4 and flip horizontally
import torch

x = torch.arange(2 * 6 * 6).view(2, 1, 6, 6)
top = (6 - 4) // 2
crop = x[..., top:top + 4, top:top + 4]
print(crop[0, 0])
print(crop.flip(-1)[0, 0])
print(crop.shape, crop.is_contiguous())
