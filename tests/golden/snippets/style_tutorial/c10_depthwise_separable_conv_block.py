# A depthwise-separable convolution block (groups=in_channels, then 1x1) vs a plain conv: params and outputs.
import torch
import torch.nn as nn

class SeparableConv(nn.Module):
    def __init__(self, cin, cout, k):
        super().__init__()
        self.depthwise = nn.Conv2d(cin, cin, k, padding=k // 2, groups=cin, bias=False)
        self.pointwise = nn.Conv2d(cin, cout, 1)

    def forward(self, x):
        return self.pointwise(self.depthwise(x))

torch.manual_seed(4)
sep = SeparableConv(4, 8, 3)
plain = nn.Conv2d(4, 8, 3, padding=1)
count = lambda m: sum(p.numel() for p in m.parameters())
print(count(sep), count(plain))
print(sep.depthwise.weight.shape, sep.pointwise.weight.shape)
x = torch.randn(2, 4, 6, 6)
y = sep(x)
print(y.shape, plain(x).shape)
print(y[0, :, 2, 2])
y.pow(2).mean().backward()
print(sep.depthwise.weight.grad.shape, sep.pointwise.bias.grad)
print(sep)
