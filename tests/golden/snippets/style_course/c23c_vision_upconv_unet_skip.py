# A UNet-style decoder step: upsample with ConvTranspose2d, concatenate the skip, check shapes.
import torch
import torch.nn as nn

torch.manual_seed(0)
enc = torch.randn(1, 8, 6, 6)
bott = torch.randn(1, 16, 3, 3)
up = nn.ConvTranspose2d(16, 8, 2, stride=2)
u = up(bott)
cat = torch.cat([u, enc], dim=1)
print(u.shape, cat.shape)
odd = torch.randn(1, 8, 7, 7)
u2 = up(torch.randn(1, 16, 3, 3))
diff = odd.shape[-1] - u2.shape[-1]
u2 = nn.functional.pad(u2, (diff // 2, diff - diff // 2, diff // 2, diff - diff // 2))
print(u2.shape, torch.cat([u2, odd], 1).shape)
print(up)
