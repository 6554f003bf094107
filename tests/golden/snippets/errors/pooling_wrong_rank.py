# Pooling a tensor of the wrong rank (a forgotten batch or channel dim, a flattened image)
import torch
import torch.nn as nn

img = torch.randn(8, 8)
for layer in (nn.MaxPool2d(2), nn.AvgPool2d(2), nn.MaxPool1d(2), nn.AvgPool1d(2), nn.AdaptiveAvgPool1d(1),
              nn.LPPool2d(2, 2), nn.AdaptiveAvgPool2d((1, 1))):
    for x in (img.flatten(), img.view(1, 1, 1, 8, 8)):
        try:
            print(layer(x).shape)
        except (RuntimeError, IndexError, ValueError) as e:
            print(f"{layer}: {type(e).__name__}: {e}")
print(nn.AdaptiveAvgPool2d(1)(img).shape)  # a mean over the last two dims, any rank
print(nn.AdaptiveAvgPool3d(1)(torch.randn(2, 3, 4, 5, 6, 7)).shape)
try:
    nn.AdaptiveAvgPool2d(1)(torch.randn(8))
except IndexError as e:
    print("IndexError:", e)
