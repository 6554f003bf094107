# Output sizes of convolutions and pools with stride, padding and dilation.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(1, 3, 28, 28)
for layer in [nn.Conv2d(3, 8, 3), nn.Conv2d(3, 8, 3, padding=1), nn.Conv2d(3, 8, 5, stride=2),
              nn.Conv2d(3, 8, 3, dilation=2), nn.MaxPool2d(2), nn.AvgPool2d(3, stride=2),
              nn.AdaptiveAvgPool2d((1, 1))]:
    print(layer, tuple(layer(x).shape))
c1 = nn.Conv1d(2, 4, kernel_size=3)
print(c1(torch.randn(5, 2, 10)).shape, c1.weight.shape)
print(nn.MaxPool1d(2)(torch.arange(8.0).view(1, 1, 8)))
print(nn.BatchNorm2d(8))
