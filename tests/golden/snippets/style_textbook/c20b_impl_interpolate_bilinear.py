# nearest and bilinear upsampling by hand vs F.interpolate
import torch
import torch.nn.functional as F

x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
near = x.repeat_interleave(2, dim=2).repeat_interleave(2, dim=3)
print(torch.equal(near, F.interpolate(x, scale_factor=2, mode="nearest")))
print(F.interpolate(x, scale_factor=2, mode="bilinear", align_corners=False))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
