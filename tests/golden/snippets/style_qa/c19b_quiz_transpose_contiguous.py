# Quiz 32: permute, then view - what happens?
import torch

img = torch.arange(24).view(2, 3, 4)
hwc = img.permute(1, 2, 0)
print(hwc.shape, hwc.stride(), hwc.is_contiguous())
try:
    hwc.view(12, 2)
except RuntimeError as err:
    print("view failed:", err)
flat = hwc.reshape(12, 2)
print(flat[:3])
print(flat.data_ptr() == img.data_ptr())
print(hwc.contiguous().stride())
