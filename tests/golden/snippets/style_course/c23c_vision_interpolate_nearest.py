# Upsampling with F.interpolate, nearest mode, scale factors and explicit sizes.
import torch
import torch.nn.functional as F

x = torch.arange(1, 5, dtype=torch.float32).reshape(1, 1, 2, 2)
print(F.interpolate(x, scale_factor=2, mode="nearest"))
print(F.interpolate(x, size=(3, 5), mode="nearest"))
print(F.interpolate(x, size=(3, 3), mode="nearest-exact"))
y = F.interpolate(x.requires_grad_(), scale_factor=3)
y.sum().backward()
print(x.grad)
print(y.grad_fn.name())
