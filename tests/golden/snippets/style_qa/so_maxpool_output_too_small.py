# Q: "Output size is too small" after stacking too many pooling layers on a small image.
import torch
import torch.nn as nn

torch.manual_seed(2)
features = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
)
x = torch.randn(2, 1, 8, 8)
for layer in features:
    x = layer(x)
    print(type(layer).__name__, tuple(x.shape))
try:
    nn.MaxPool2d(2)(x)
except RuntimeError as e:
    print(e)
print(nn.AdaptiveAvgPool2d((1, 1))(x).shape)
