# Counting multiply-accumulates of Linear and Conv2d layers from their shapes
import torch.nn as nn

def macs(module, in_shape):
    if isinstance(module, nn.Linear):
        return module.in_features * module.out_features
    if isinstance(module, nn.Conv2d):
        h = (in_shape[1] + 2 * module.padding[0] - module.kernel_size[0]) // module.stride[0] + 1
        w = (in_shape[2] + 2 * module.padding[1] - module.kernel_size[1]) // module.stride[1] + 1
        return module.out_channels * h * w * module.in_channels * module.kernel_size[0] * module.kernel_size[1] // module.groups
    return 0

conv = nn.Conv2d(3, 8, 3, stride=2, padding=1)
dw = nn.Conv2d(8, 8, 3, padding=1, groups=8)
print(macs(conv, (3, 32, 32)), macs(dw, (8, 16, 16)), macs(nn.Linear(512, 10), None))
print(conv.padding, conv.stride, dw.groups, conv)
