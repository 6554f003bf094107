# F.interpolate: nearest, linear, bilinear with align_corners, scale_factor
import torch
import torch.nn.functional as F

input = torch.arange(1, 5, dtype=torch.float32).view(1, 1, 2, 2)
print(F.interpolate(input, scale_factor=2, mode='nearest'))
print(F.interpolate(input, scale_factor=2, mode='bilinear'))
print(F.interpolate(input, scale_factor=2, mode='bilinear', align_corners=True))
x = torch.arange(1, 5, dtype=torch.float32).view(1, 1, 4)
print(F.interpolate(x, size=6, mode='linear'))
print(F.interpolate(x, size=3, mode='nearest-exact'))
print(torch.nn.Upsample(scale_factor=2, mode='nearest'))
