# Weight standardisation of conv kernels before the convolution (per out-channel).
import torch
import torch.nn.functional as F

w = torch.arange(2 * 1 * 2 * 2, dtype=torch.float32).reshape(2, 1, 2, 2)
mean = w.mean(dim=(1, 2, 3), keepdim=True)
std = w.std(dim=(1, 2, 3), keepdim=True, unbiased=False)
ws = (w - mean) / (std + 1e-5)
print(mean.flatten(), std.flatten())
print(ws[0, 0])
print(ws.mean(dim=(1, 2, 3)).abs().max() < 1e-6)
print(F.conv2d(torch.ones(1, 1, 2, 2), ws).flatten().abs().max() < 1e-5)
