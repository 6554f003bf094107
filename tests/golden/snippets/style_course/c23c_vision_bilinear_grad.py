# Gradient of bilinear upsampling: each input pixel's total weight.
import torch
import torch.nn.functional as F

x = torch.zeros(1, 1, 2, 2, requires_grad=True)
F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False).sum().backward()
print(x.grad)
x.grad = None
F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True).sum().backward()
print(x.grad)
x.grad = None
F.interpolate(x, scale_factor=2, mode="nearest").sum().backward()
print(x.grad)
