# Folding an eval-mode BatchNorm into the preceding conv with torch.nn.utils.fusion.
import torch
import torch.nn as nn
from torch.nn.utils.fusion import fuse_conv_bn_eval

torch.manual_seed(0)
conv = nn.Conv2d(2, 3, 3).eval()
bn = nn.BatchNorm2d(3).eval()
bn.running_mean.copy_(torch.tensor([0.1, -0.2, 0.3]))
bn.running_var.copy_(torch.tensor([1.5, 0.5, 2.0]))
fused = fuse_conv_bn_eval(conv, bn)
x = torch.randn(1, 2, 5, 5)
print(type(fused).__name__, fused.bias is not None)
print(torch.allclose(fused(x), bn(conv(x)), atol=1e-5))
print(fused.weight.shape)
