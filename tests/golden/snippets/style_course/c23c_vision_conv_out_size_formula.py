# Shape tracing through a small VGG-like stack, predicted by hand with integer arithmetic.
import torch
import torch.nn as nn

stack = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.MaxPool2d(2), nn.Conv2d(8, 16, 3, stride=2), nn.MaxPool2d(2, ceil_mode=True), nn.Conv2d(16, 4, 1))
act = torch.zeros(2, 3, 29, 29)
side = 29
for layer in stack:
    act = layer(act)
    if isinstance(layer, nn.Conv2d):
        side = (side + 2 * layer.padding[0] - layer.kernel_size[0]) // layer.stride[0] + 1
    else:
        side = -(-(side - layer.kernel_size) // layer.stride) + 1 if layer.ceil_mode else (side - layer.kernel_size) // layer.stride + 1
    print(type(layer).__name__.ljust(9), tuple(act.shape), side)
