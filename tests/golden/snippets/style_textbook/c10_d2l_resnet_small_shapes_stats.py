# A small ResNet (residual blocks with 1x1 conv shortcuts) layer by layer: output shapes and parameter counts.
import torch
from torch import nn
from torch.nn import functional as F

class Residual(nn.Module):
    def __init__(self, in_c, out_c, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_c, out_c, kernel_size=3, padding=1, stride=strides)
        self.conv2 = nn.Conv2d(out_c, out_c, kernel_size=3, padding=1)
        self.conv3 = nn.Conv2d(in_c, out_c, kernel_size=1, stride=strides) if use_1x1conv else None
        self.bn1 = nn.BatchNorm2d(out_c)
        self.bn2 = nn.BatchNorm2d(out_c)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        return F.relu(Y + X)

torch.manual_seed(0)
net = nn.Sequential(
    nn.Sequential(nn.Conv2d(1, 4, kernel_size=3, padding=1), nn.BatchNorm2d(4), nn.ReLU()),
    Residual(4, 4), Residual(4, 8, use_1x1conv=True, strides=2),
    nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.Linear(8, 5))
X = torch.randn(2, 1, 8, 8)
for layer in net:
    X = layer(X)
    print(layer.__class__.__name__, "output shape:\t", X.shape)
print(sum(p.numel() for p in net.parameters()))
print(X)
blk = Residual(3, 6, use_1x1conv=True, strides=2)
print(blk(torch.rand(4, 3, 6, 6)).shape)
print(net[2].bn1.running_mean)
