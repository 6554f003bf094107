# average pooling is a convolution with a constant kernel
import torch
import torch.nn.functional as F

x = torch.arange(16.).view(1, 1, 4, 4)
k = torch.full((1, 1, 2, 2), 0.25)
print(F.conv2d(x, k, stride=2))
print(F.avg_pool2d(x, 2))
print(F.adaptive_avg_pool2d(x, 1), x.mean())
print(F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False))
