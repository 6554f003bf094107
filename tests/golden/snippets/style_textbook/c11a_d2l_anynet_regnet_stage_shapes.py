# d2l RegNet/AnyNet: a stem, stages of ResNeXt-style grouped blocks, and per-stage output shapes.
import torch
from torch import nn
from torch.nn import functional as F

class ResNeXtBlock(nn.Module):
    def __init__(self, in_ch, num_channels, groups, bot_mul, use_1x1conv=False, strides=1):
        super().__init__()
        bot_channels = int(round(num_channels * bot_mul))
        self.conv1 = nn.Conv2d(in_ch, bot_channels, kernel_size=1, stride=1)
        self.conv2 = nn.Conv2d(bot_channels, bot_channels, kernel_size=3, stride=strides, padding=1,
                               groups=bot_channels // groups)
        self.conv3 = nn.Conv2d(bot_channels, num_channels, kernel_size=1, stride=1)
        self.bn1 = nn.BatchNorm2d(bot_channels)
        self.bn2 = nn.BatchNorm2d(bot_channels)
        self.bn3 = nn.BatchNorm2d(num_channels)
        self.conv4 = nn.Conv2d(in_ch, num_channels, kernel_size=1, stride=strides) if use_1x1conv else None
        self.bn4 = nn.BatchNorm2d(num_channels) if use_1x1conv else None

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = F.relu(self.bn2(self.conv2(Y)))
        Y = self.bn3(self.conv3(Y))
        if self.conv4:
            X = self.bn4(self.conv4(X))
        return F.relu(Y + X)

def stem(in_ch, num_channels):
    return nn.Sequential(nn.Conv2d(in_ch, num_channels, kernel_size=3, stride=2, padding=1),
                         nn.BatchNorm2d(num_channels), nn.ReLU())

def stage(in_ch, depth, num_channels, groups, bot_mul):
    blk = []
    for i in range(depth):
        if i == 0:
            blk.append(ResNeXtBlock(in_ch, num_channels, groups, bot_mul, use_1x1conv=True, strides=2))
        else:
            blk.append(ResNeXtBlock(num_channels, num_channels, groups, bot_mul))
    return nn.Sequential(*blk)

torch.manual_seed(35)
net = nn.Sequential(stem(1, 8), stage(8, 2, 16, 4, 1), stage(16, 2, 32, 8, 1),
                    nn.Sequential(nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(32, 10)))
X = torch.randn(2, 1, 32, 32)
for i, layer in enumerate(net):
    X = layer(X)
    print(i, layer.__class__.__name__, 'output shape:\t', X.shape)
print(net[1][0].conv2.groups, net[1][0].conv2.weight.shape)
print(sum(p.numel() for p in net.parameters()))
