# Exercise: pack four unsigned bytes (RGBA) into a tensor and describe its dtype
import torch

color = torch.tensor([[255, 128, 0, 255], [10, 20, 30, 40]], dtype=torch.uint8)
print(color)
print(color.dtype, color.element_size(), color.shape)
print(color.to(torch.float32) / 255)
print(color.sum(), color.sum().dtype)
print((color + 1)[0])
