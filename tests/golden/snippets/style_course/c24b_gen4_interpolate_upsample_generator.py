# progressive-GAN style 2x upsampling then a 1x1 to-RGB conv; shapes and a nearest check
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1260)
feat = torch.randn(1, 4, 3, 3)
big = F.interpolate(feat, scale_factor=2.0, mode="nearest")
print(big.shape, torch.equal(big[..., ::2, ::2], feat))
to_rgb = nn.Conv2d(4, 3, 1)
print(to_rgb(big).shape)
print(F.interpolate(torch.tensor([[[1.0, 3.0]]]), size=4, mode="linear", align_corners=True))
