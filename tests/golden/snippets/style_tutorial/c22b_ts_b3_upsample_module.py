import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 3.0, 2.0]]])
print(nn.Upsample(scale_factor=2, mode="nearest")(x))
print(nn.Upsample(size=5, mode="linear", align_corners=True)(x))
print(nn.Upsample(scale_factor=2, mode="linear"))
