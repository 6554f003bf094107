# nn.Softmax, LogSoftmax, Softmin along a dim
import torch
import torch.nn as nn

torch.manual_seed(0)
input = torch.randn(2, 3)
print(nn.Softmax(dim=1)(input))
print(nn.LogSoftmax(dim=1)(input))
print(nn.Softmin(dim=0)(input))
print(nn.Softmax(dim=1), nn.Softmax2d())
print(nn.Softmax2d()(torch.randn(1, 2, 2, 2)))
