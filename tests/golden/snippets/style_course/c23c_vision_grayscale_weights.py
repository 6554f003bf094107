# RGB to grayscale with ITU-R weights through a 1x1 conv-like weighted sum and einsum.
import torch

img = torch.tensor([[[255, 0], [128, 64]], [[0, 255], [128, 64]], [[0, 0], [128, 255]]], dtype=torch.uint8)
f = img.float() / 255
w = torch.tensor([0.299, 0.587, 0.114])
gray = (f * w[:, None, None]).sum(0)
print(gray)
print(torch.einsum("chw,c->hw", f, w))
print((gray * 255).round().to(torch.uint8))
print(img.dtype, img.float().dtype, img.max(), img.sum(), img.sum().dtype)
