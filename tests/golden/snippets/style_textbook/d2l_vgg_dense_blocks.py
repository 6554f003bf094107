# VGG blocks and DenseNet's concatenating conv blocks: channel counts as the blocks grow.
import torch
from torch import nn

def vgg_block(num_convs, out_channels):
    layers = []
    for _ in range(num_convs):
        layers.append(nn.LazyConv2d(out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)

def conv_block(num_channels):
    return nn.Sequential(nn.LazyBatchNorm2d(), nn.ReLU(), nn.LazyConv2d(num_channels, kernel_size=3, padding=1))

class DenseBlock(nn.Module):
    def __init__(self, num_convs, num_channels):
        super().__init__()
        self.net = nn.Sequential(*[conv_block(num_channels) for _ in range(num_convs)])

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = torch.cat((X, Y), dim=1)
        return X

torch.manual_seed(0)
X = torch.randn(1, 1, 16, 16)
for blk in [vgg_block(1, 4), vgg_block(2, 8)]:
    X = blk(X)
    print(X.shape)
blk = DenseBlock(2, 10)
Y = blk(torch.randn(4, 3, 8, 8))
print(Y.shape)
print(len(list(blk.parameters())), sum(p.numel() for p in blk.parameters()))
