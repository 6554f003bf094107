# course: a 3x3 edge filter and a random Conv2d on a small image; the outputs printed.
import torch
import torch.nn as nn
import torch.nn.functional as F

img = torch.zeros(1, 1, 5, 5)
img[0, 0, :, 2:] = 1.0
sobel = torch.tensor([[[[-1., 0., 1.], [-2., 0., 2.], [-1., 0., 1.]]]])
print(F.conv2d(img, sobel))
print(F.conv2d(img, sobel, padding=1, stride=2))
torch.manual_seed(3)
conv = nn.Conv2d(1, 2, 3, padding=1)
out = conv(torch.rand(1, 1, 4, 4))
print(out)
print(F.max_pool2d(out, 2), F.avg_pool2d(out, 2))
print(conv.weight.grad)
out.sum().backward()
print(conv.bias.grad, conv.weight.grad[0, 0])
