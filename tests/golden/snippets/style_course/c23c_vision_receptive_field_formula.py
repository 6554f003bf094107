# Receptive field by the recurrence r_out = r_in + (k - 1) * jump, jump *= stride.
import torch.nn as nn

layers = [nn.Conv2d(3, 8, 3, 1, 1), nn.MaxPool2d(2), nn.Conv2d(8, 8, 3, 1, 1), nn.Conv2d(8, 8, 5, 2, 2), nn.MaxPool2d(3, 2)]
r, jump = 1, 1
for layer in layers:
    k = layer.kernel_size if isinstance(layer.kernel_size, int) else layer.kernel_size[0]
    s = layer.stride if isinstance(layer.stride, int) else layer.stride[0]
    r = r + (k - 1) * jump
    jump *= s
    print(type(layer).__name__, k, s, r, jump)
print(layers[0].kernel_size, layers[1].kernel_size, layers[1].stride)
