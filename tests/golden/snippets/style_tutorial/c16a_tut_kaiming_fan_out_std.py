# kaiming_normal_ with mode='fan_out' and 'fan_in': measured std against the formula
import math
import torch
from torch import nn

torch.manual_seed(1637)
w = torch.empty(200, 50)
nn.init.kaiming_normal_(w, mode="fan_in", nonlinearity="relu")
print(w.std().item(), math.sqrt(2 / 50))
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
print(w.std().item(), math.sqrt(2 / 200))
nn.init.kaiming_uniform_(w, a=math.sqrt(5))
print(w.abs().max().item(), 1 / math.sqrt(50))
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"), nn.init.calculate_gain("leaky_relu", 0.2))
