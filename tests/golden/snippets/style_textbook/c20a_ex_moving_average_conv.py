# Exercise: moving average with a convolution kernel, 'valid' and 'same' sizes
import torch
import torch.nn.functional as F

x = torch.arange(10, dtype=torch.float32)
k = torch.ones(1, 1, 3) / 3
print(F.conv1d(x.view(1, 1, -1), k).flatten())
print(F.conv1d(x.view(1, 1, -1), k, padding="same").flatten())
print(F.conv1d(x.view(1, 1, -1), k, padding=1, stride=2).flatten())
