# Fusing Conv2d and BatchNorm2d for inference by hand: fold the running stats into the conv weight and bias.
import torch
from torch import nn

torch.manual_seed(13)
conv = nn.Conv2d(3, 4, 3, padding=1, bias=False)
bn = nn.BatchNorm2d(4)
x = torch.randn(6, 3, 8, 8)
bn.train()
for _ in range(3):
    bn(conv(x))
bn.eval()
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)

def fuse(conv, bn):
    w = conv.weight
    std = (bn.running_var + bn.eps).sqrt()
    fused = nn.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size, padding=conv.padding, bias=True)
    with torch.no_grad():
        fused.weight.copy_(w * (bn.weight / std).reshape(-1, 1, 1, 1))
        fused.bias.copy_(bn.bias - bn.weight * bn.running_mean / std)
    return fused

fused = fuse(conv, bn)
with torch.no_grad():
    ref = bn(conv(x))
    out = fused(x)
print(ref.shape, torch.allclose(ref, out, atol=1e-5))
print((ref - out).abs().max() < 1e-4)
print(fused.bias)
