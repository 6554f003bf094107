# PixelCNN masked convolution (mask type A) on a tiny image
import torch
import torch.nn as nn
import torch.nn.functional as F

class MaskedConv2d(nn.Conv2d):
    def __init__(self, *args, mask_type="A", **kw):
        super().__init__(*args, **kw)
        k = self.kernel_size[0]
        mask = torch.ones_like(self.weight)
        mask[:, :, k // 2, k // 2 + (mask_type == "B"):] = 0
        mask[:, :, k // 2 + 1:] = 0
        self.register_buffer("mask", mask)
    def forward(self, x):
        return F.conv2d(x, self.weight * self.mask, self.bias, padding=self.padding)

torch.manual_seed(100)
conv = MaskedConv2d(1, 2, 3, padding=1)
print(conv.mask[0, 0])
x = torch.rand(1, 1, 4, 4)
out = conv(x)
out[0, 0, 2, 2].backward()
print(conv.weight.grad[0, 0])
print(sorted(dict(conv.named_buffers()).keys()))
