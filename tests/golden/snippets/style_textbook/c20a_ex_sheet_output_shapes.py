# Exercise: compute output sizes of conv/pool layers by formula, then verify
import torch
import torch.nn as nn

def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1

x = torch.zeros(1, 3, 32, 32)
for layer in [nn.Conv2d(3, 6, 5), nn.Conv2d(3, 6, 3, stride=2, padding=1),
              nn.Conv2d(3, 6, 3, dilation=2), nn.MaxPool2d(3, stride=2)]:
    k, s, p, d = (layer.kernel_size, layer.stride, layer.padding, layer.dilation)
    k, s, p, d = [v[0] if isinstance(v, tuple) else v for v in (k, s, p, d)]
    print(out_size(32, k, s, p, d), tuple(layer(x).shape))
