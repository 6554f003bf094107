# VGG-style blocks built from a conv_arch list; the output shape after each block on a small input.
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

def vgg(conv_arch):
    conv_blks = []
    in_channels = 1
    for (num_convs, out_channels) in conv_arch:
        conv_blks.append(vgg_block(num_convs, in_channels, out_channels))
        in_channels = out_channels
    return nn.Sequential(*conv_blks, nn.Flatten(),
                         nn.Linear(out_channels * 2 * 2, 32), nn.ReLU(), nn.Dropout(0.5),
                         nn.Linear(32, 10))

torch.manual_seed(0)
conv_arch = ((1, 4), (1, 8), (2, 16), (2, 16))
net = vgg(conv_arch)
X = torch.randn(size=(1, 1, 32, 32))
for blk in net:
    X = blk(X)
    print(blk.__class__.__name__, "output shape:\t", X.shape)
print(sum(p.numel() for p in net.parameters()))
print(net[0])
