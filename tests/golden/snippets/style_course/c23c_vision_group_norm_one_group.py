# GroupNorm(1, C) normalises over (C, H, W) like LayerNorm without per-element affine.
import torch
import torch.nn as nn

torch.manual_seed(7)
x = torch.randn(2, 3, 2, 2)
gn = nn.GroupNorm(1, 3, eps=1e-5)
ln = nn.LayerNorm([3, 2, 2], elementwise_affine=False)
print(torch.allclose(gn(x), ln(x), atol=1e-5))
print(gn, ln, sep="\n")
print(nn.GroupNorm(3, 3, affine=False))
