# Compression step before export: fold a trained BatchNorm into its conv, then count what was saved
import torch
import torch.nn as nn
from torch.nn.utils import fuse_conv_bn_eval

torch.manual_seed(41)
block = nn.Sequential(nn.Conv2d(1, 2, 2), nn.BatchNorm2d(2))
block(torch.randn(4, 1, 3, 3))
block.eval()
folded = fuse_conv_bn_eval(block[0], block[1])
sample = torch.randn(1, 1, 3, 3)
print(torch.allclose(block(sample), folded(sample), atol=1e-5))
before = sum(t.numel() for t in block.state_dict().values())
after = sum(t.numel() for t in folded.state_dict().values())
print(before, after, list(folded.state_dict()))
