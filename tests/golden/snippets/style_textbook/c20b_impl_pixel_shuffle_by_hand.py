# pixel shuffle with view/permute vs nn.PixelShuffle
import torch
import torch.nn as nn

x = torch.arange(2 * 4 * 2 * 2.).view(2, 4, 2, 2)
r = 2
n, c, h, w = x.shape
mine = x.view(n, c // (r * r), r, r, h, w).permute(0, 1, 4, 2, 5, 3).reshape(n, c // (r * r), h * r, w * r)
ref = nn.PixelShuffle(2)(x)
print(torch.equal(mine, ref))
print(ref[0, 0])
print(torch.equal(nn.PixelUnshuffle(2)(ref), x))
