# Downsampling a series: max/avg pooling, ceil_mode and adaptive pooling
import torch
import torch.nn as nn

x = torch.tensor([[[1.0, 5.0, 2.0, 8.0, 3.0, 7.0, 4.0]]])
mp = nn.MaxPool1d(2, return_indices=True)
vals, idx = mp(x)
print(vals, idx)
print(nn.MaxPool1d(2, ceil_mode=True)(x))
print(nn.AvgPool1d(3, stride=2)(x))
print(nn.AdaptiveAvgPool1d(3)(x))
print(nn.AdaptiveMaxPool1d(2)(x))
print(nn.MaxUnpool1d(2)(vals, idx))
print(mp)
