# Shapes through a Conv3d for a short "video" clip (batch, channels, frames, H, W)
import torch
import torch.nn as nn

torch.manual_seed(0)
clip = torch.randn(2, 3, 4, 8, 8)
conv = nn.Conv3d(3, 6, kernel_size=3, padding=1)
print(conv)
out = conv(clip)
print(out.shape)
pooled = nn.functional.max_pool3d(out, 2)
print(pooled.shape)
print(sum(p.numel() for p in conv.parameters()))
