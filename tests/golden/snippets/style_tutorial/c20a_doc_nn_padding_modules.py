# nn.ZeroPad2d, ConstantPad1d, ReflectionPad2d, ReplicationPad1d, CircularPad1d
import torch
import torch.nn as nn

input = torch.arange(9, dtype=torch.float).reshape(1, 1, 3, 3)
print(nn.ZeroPad2d(1)(input))
print(nn.ZeroPad2d((1, 1, 2, 0))(input))
print(nn.ReflectionPad2d(1)(input))
x = torch.arange(4.).view(1, 1, 4)
print(nn.ConstantPad1d(2, 3.5)(x))
print(nn.ReplicationPad1d((3, 1))(x))
print(nn.CircularPad1d(2)(x))
print(nn.ReflectionPad2d((1, 0, 2, 0)), nn.ConstantPad1d(2, 3.5))
