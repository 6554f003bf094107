# nn.Upsample modules: reprs and outputs; the deprecated F.upsample aside.
import torch
import torch.nn as nn

up = nn.Upsample(scale_factor=2, mode="nearest")
up2 = nn.Upsample(size=(3, 3), mode="bilinear", align_corners=True)
print(up)
print(up2)
x = torch.tensor([[[[1.0, 2.0], [3.0, 4.0]]]])
print(up(x).shape, up2(x))
print(nn.UpsamplingNearest2d(scale_factor=2)(x)[0, 0, 0])
