# Feature maps of a LeNet-style conv stack on a synthetic 28x28 digit: per-layer stats and receptive-field sizes.
import torch
from torch import nn

torch.manual_seed(11)
img = torch.zeros(1, 1, 28, 28)
img[0, 0, 6:22, 12:16] = 1.0
img[0, 0, 6:9, 9:16] = 1.0
net = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(2, 2),
    nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(), nn.AvgPool2d(2, 2))
X = img
rf, jump = 1, 1
for layer in net:
    X = layer(X)
    if isinstance(layer, (nn.Conv2d, nn.AvgPool2d)):
        k = layer.kernel_size[0] if isinstance(layer.kernel_size, tuple) else layer.kernel_size
        s = layer.stride[0] if isinstance(layer.stride, tuple) else layer.stride
        rf += (k - 1) * jump
        jump *= s
    print(f"{layer.__class__.__name__:9s} {tuple(X.shape)} mean={X.mean().item():.5f} rf={rf}")
print(X.flatten(1).shape)
act = net[:2](img)
print(act[0].amax(dim=(1, 2)))
print(act[0, 0, 14, 10:18])
