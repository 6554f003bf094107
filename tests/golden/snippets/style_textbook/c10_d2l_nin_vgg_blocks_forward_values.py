# VGG and NiN blocks on a small batch: output shapes and a few output values with fixed seeds.
import torch
from torch import nn

def vgg_block(num_convs, in_channels, out_channels):
    layers = []
    for _ in range(num_convs):
        layers.append(nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
        in_channels = out_channels
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)

def nin_block(in_channels, out_channels, kernel_size, strides, padding):
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size, strides, padding), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1), nn.ReLU())

torch.manual_seed(1)
X = torch.randn(2, 1, 16, 16)
vgg = nn.Sequential(vgg_block(1, 1, 4), vgg_block(2, 4, 8), nn.Flatten(), nn.Linear(8 * 4 * 4, 5))
for blk in vgg:
    X = blk(X)
    print(blk.__class__.__name__, "output shape:\t", X.shape)
print(X)
torch.manual_seed(2)
Z = torch.randn(3, 3, 12, 12)
nin = nin_block(3, 6, kernel_size=5, strides=2, padding=1)
out = nin(Z)
print(out.shape, out.mean().item())
print(nn.AdaptiveAvgPool2d((1, 1))(out).flatten(1)[0])
