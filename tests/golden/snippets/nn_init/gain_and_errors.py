import torch
from torch import nn

for name in ["linear", "conv2d", "sigmoid", "tanh", "relu", "leaky_relu", "selu"]:
    print(name, nn.init.calculate_gain(name))
print(nn.init.calculate_gain("leaky_relu", 0.2))
try:
    nn.init.calculate_gain("swish")
except ValueError as e:
    print("ValueError", e)
try:
    nn.init.kaiming_uniform_(torch.empty(5))
except ValueError as e:
    print("ValueError", e)
try:
    nn.init.kaiming_normal_(torch.empty(2, 2), mode="fan_avg")
except ValueError as e:
    print("ValueError", e)
print(nn.init.kaiming_uniform_(torch.empty(0, 3)))
