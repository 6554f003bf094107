import torch
from torch import nn

torch.manual_seed(1)
w = torch.empty(3, 4)
print(nn.init.kaiming_uniform_(w))
print(nn.init.kaiming_uniform_(w, a=0.2, mode="fan_out", nonlinearity="leaky_relu"))
print(nn.init.kaiming_normal_(torch.empty(2, 5), mode="fan_out", nonlinearity="relu"))
print(nn.init.kaiming_normal_(torch.empty(4, 2, 3, 3))[0, 0])

