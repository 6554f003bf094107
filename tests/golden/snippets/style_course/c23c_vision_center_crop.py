# Center crop and resize for evaluation, with odd/even offsets.
import torch

def center_crop(img, size):
    h, w = img.shape[-2:]
    top, left = (h - size) // 2, (w - size) // 2
    return img[..., top:top + size, left:left + size]

x = torch.arange(36).reshape(1, 6, 6)
print(center_crop(x, 4))
print(center_crop(x, 3))
print(center_crop(torch.arange(35).reshape(5, 7), 3))
print(center_crop(x, 4).is_contiguous(), center_crop(x, 4).storage_offset())
