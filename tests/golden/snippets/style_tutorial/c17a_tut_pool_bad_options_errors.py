# Pooling layers with mistyped options: each one's error, as PyTorch reports it
import torch
import torch.nn.functional as F
from torch import nn

img = torch.arange(32.0).view(1, 2, 4, 4)
sig = torch.arange(8.0).view(1, 1, 8)
vol = torch.arange(64.0).view(1, 1, 4, 4, 4)
attempts = {
    "MaxPool2d stride=0": lambda: nn.MaxPool2d(2, stride=0)(img),
    "MaxPool2d dilation=0": lambda: nn.MaxPool2d(2, dilation=0)(img),
    "MaxPool2d dilation=-1": lambda: nn.MaxPool2d(2, dilation=-1)(img),
    "MaxPool2d padding=-1": lambda: nn.MaxPool2d(2, padding=-1)(img),
    "MaxPool2d kernel=0": lambda: nn.MaxPool2d(0)(img),
    "MaxPool1d stride=0": lambda: nn.MaxPool1d(2, stride=0)(sig),
    "MaxPool1d kernel=[2, 2]": lambda: F.max_pool1d(sig, [2, 2]),
    "MaxPool1d dilation=0 (indices)": lambda: F.max_pool1d(sig, 2, dilation=0, return_indices=True),
    "AvgPool2d padding=-1": lambda: nn.AvgPool2d(2, padding=-1)(img),
    "AvgPool2d divisor_override=0": lambda: nn.AvgPool2d(2, divisor_override=0)(img),
    "AvgPool1d stride=-1": lambda: nn.AvgPool1d(2, stride=-1)(sig),
    "AdaptiveAvgPool2d(-1)": lambda: nn.AdaptiveAvgPool2d(-1)(img),
    "AdaptiveMaxPool2d((2, -1))": lambda: nn.AdaptiveMaxPool2d((2, -1))(img),
    "MaxPool3d stride=0": lambda: nn.MaxPool3d(2, stride=0)(vol),
    "MaxPool3d padding=-1": lambda: nn.MaxPool3d(2, padding=-1)(vol),
    "MaxPool3d kernel=(2, 2)": lambda: F.max_pool3d(vol, (2, 2)),
    "MaxPool3d on bools": lambda: nn.MaxPool3d(2)(vol > 3),
}
for name, attempt in attempts.items():
    try:
        print(name, "->", tuple(attempt().shape))
    except (RuntimeError, NotImplementedError) as e:
        print(name, "->", type(e).__name__, e)
print(F.max_pool3d(vol[:0], 2).shape, F.avg_pool2d(img, 2, divisor_override=-1)[0, 0])
