# Smoothing a noisy signal with a 1-d convolution: box and Gaussian kernels via F.conv1d.
import math
import torch
import torch.nn.functional as F

torch.manual_seed(45)
t = torch.linspace(0, 2 * math.pi, 40)
signal = torch.sin(t) + 0.3 * torch.randn(40)
box = torch.ones(1, 1, 5) / 5
k = torch.arange(-3, 4, dtype=torch.float32)
gauss = torch.exp(-k ** 2 / 2)
gauss = (gauss / gauss.sum()).view(1, 1, -1)
smooth_box = F.conv1d(signal.view(1, 1, -1), box, padding=2).flatten()
smooth_gauss = F.conv1d(signal.view(1, 1, -1), gauss, padding='same').flatten()
print(smooth_box.shape, smooth_gauss.shape)
print(((smooth_box - torch.sin(t)) ** 2).mean(), ((signal - torch.sin(t)) ** 2).mean())
print(smooth_gauss[:5])
print(F.conv1d(signal.view(1, 1, -1), box).shape, F.avg_pool1d(signal.view(1, 1, -1), 5, stride=1).shape)
