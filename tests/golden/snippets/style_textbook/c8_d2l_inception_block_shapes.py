# GoogLeNet's Inception block: four parallel branches concatenated on the channel axis.
import torch
from torch import nn
from torch.nn import functional as F

class Inception(nn.Module):
    def __init__(self, c1, c2, c3, c4, **kwargs):
        super(Inception, self).__init__(**kwargs)
        self.b1_1 = nn.LazyConv2d(c1, kernel_size=1)
        self.b2_1 = nn.LazyConv2d(c2[0], kernel_size=1)
        self.b2_2 = nn.LazyConv2d(c2[1], kernel_size=3, padding=1)
        self.b3_1 = nn.LazyConv2d(c3[0], kernel_size=1)
        self.b3_2 = nn.LazyConv2d(c3[1], kernel_size=5, padding=2)
        self.b4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.b4_2 = nn.LazyConv2d(c4, kernel_size=1)

    def forward(self, x):
        b1 = F.relu(self.b1_1(x))
        b2 = F.relu(self.b2_2(F.relu(self.b2_1(x))))
        b3 = F.relu(self.b3_2(F.relu(self.b3_1(x))))
        b4 = F.relu(self.b4_2(self.b4_1(x)))
        return torch.cat((b1, b2, b3, b4), dim=1)

torch.manual_seed(0)
inc = Inception(4, (2, 6), (1, 2), 2)
X = torch.rand(1, 3, 6, 6)
Y = inc(X)
print(Y.shape)
print([(n, tuple(p.shape)) for n, p in inc.named_parameters() if n.endswith("weight")])
stem = nn.Sequential(nn.LazyConv2d(8, kernel_size=7, stride=2, padding=3), nn.ReLU(),
                     nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
print(stem(torch.rand(1, 1, 32, 32)).shape)
print(nn.AdaptiveAvgPool2d((1, 1))(Y).flatten(1).shape)
