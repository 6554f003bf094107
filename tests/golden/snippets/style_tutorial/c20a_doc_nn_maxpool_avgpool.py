# nn.MaxPool2d / AvgPool2d / AdaptiveAvgPool2d examples
import torch
import torch.nn as nn

torch.manual_seed(0)
input = torch.randn(2, 3, 8, 9)
print(nn.MaxPool2d(3, stride=2)(input).shape)
print(nn.MaxPool2d((3, 2), stride=(2, 1))(input).shape)
print(nn.AvgPool2d(3, stride=2)(input).shape)
print(nn.AvgPool2d((3, 2), stride=(2, 1), padding=1, count_include_pad=False)(input)[0, 0])
print(nn.AdaptiveAvgPool2d((5, 7))(input).shape)
print(nn.AdaptiveAvgPool2d(7)(input).shape)
print(nn.AdaptiveAvgPool2d((None, 7))(input).shape)
print(nn.MaxPool2d(2, return_indices=True, ceil_mode=True)(input)[1][0, 0])
print(nn.MaxPool2d(3, stride=2), nn.AdaptiveMaxPool2d((5, 7)))
