# Separable Gaussian blur as a depthwise conv (groups=C) with a normalised kernel.
import torch
import torch.nn.functional as F

k1 = torch.tensor([1.0, 2.0, 1.0]) / 4
k2 = torch.outer(k1, k1)
print(k2, k2.sum())
img = torch.zeros(1, 2, 5, 5)
img[0, 0, 2, 2] = 16.0
img[0, 1, 0, 0] = 16.0
w = k2.expand(2, 1, 3, 3)
out = F.conv2d(img, w, padding=1, groups=2)
print(out[0, 0, 1:4, 1:4])
print(out[0, 1, :2, :2])
print(w.shape, w.is_contiguous())
