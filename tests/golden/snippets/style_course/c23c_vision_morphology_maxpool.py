# Binary morphology with pooling: dilation is max_pool2d, erosion is -max_pool2d(-x), opening and closing.
import torch
import torch.nn.functional as F

mask = torch.zeros(1, 1, 6, 6)
mask[..., 1:4, 1:4] = 1
mask[..., 5, 5] = 1
dilate = lambda m: F.max_pool2d(m, 3, stride=1, padding=1)
erode = lambda m: -F.max_pool2d(-m, 3, stride=1, padding=1)
print(dilate(mask)[0, 0].int())
print(erode(mask)[0, 0].int())
print(dilate(erode(mask)).sum().item(), erode(dilate(mask)).sum().item())
