# Resampling a 1-D signal with F.interpolate (linear, align_corners True vs False).
import torch
import torch.nn.functional as F

sig = torch.tensor([[[0.0, 1.0, 4.0, 9.0]]])
print(F.interpolate(sig, size=7, mode="linear", align_corners=True))
print(F.interpolate(sig, size=7, mode="linear", align_corners=False))
print(F.interpolate(sig, scale_factor=0.5, mode="linear"))
