# F.interpolate(mode='area'): adaptive average pooling to the size asked, on 3-D and 4-D inputs.
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, 10, requires_grad=True)
for kw in [dict(size=4), dict(scale_factor=0.5), dict(scale_factor=0.35), dict(size=13), dict(scale_factor=1.7)]:
    y = F.interpolate(x, mode="area", **kw)
    print(y.shape, y.grad_fn.name(), y[0, 0])
img = torch.randn(1, 2, 7, 9, requires_grad=True)
y = F.interpolate(img, size=(3, 4), mode="area")
print(y, y.grad_fn.name())
y.sum().backward()
print(img.grad[0, 0])
print(F.interpolate(img, scale_factor=(0.5, 2.0), mode="area")[0, 1])
try:
    F.interpolate(x, size=4, mode="area", align_corners=False)
except ValueError as e:
    print("ValueError:", e)
print(torch.nn.Upsample(scale_factor=0.5, mode="area")(x).shape)
