# He (kaiming) init for conv weights: shapes, fan_in and bound.
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(16, 32, 3)
fan_in = conv.in_channels * conv.kernel_size[0] * conv.kernel_size[1]
print(fan_in, nn.init._calculate_fan_in_and_fan_out(conv.weight))
nn.init.kaiming_normal_(conv.weight, mode="fan_out", nonlinearity="relu")
print(round(conv.weight.std().item(), 2), round(math.sqrt(2 / (32 * 9)), 4))
nn.init.kaiming_uniform_(conv.weight, a=math.sqrt(5))
bound = 1 / math.sqrt(fan_in)
print(conv.weight.abs().max().item() <= bound, round(bound, 4))
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("leaky_relu", 0.2))
