# AvgPool2d at the border: count_include_pad changes the divisor.
import torch
import torch.nn as nn

x = torch.ones(1, 1, 3, 3)
print(nn.AvgPool2d(3, stride=1, padding=1)(x)[0, 0])
print(nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)(x)[0, 0])
print(nn.AvgPool2d(2, divisor_override=1)(torch.arange(16.0).view(1, 1, 4, 4)))
