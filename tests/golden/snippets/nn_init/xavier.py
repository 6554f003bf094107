import torch
from torch import nn

torch.manual_seed(2)
print(nn.init.xavier_uniform_(torch.empty(3, 5)))
print(nn.init.xavier_uniform_(torch.empty(2, 2), gain=nn.init.calculate_gain("tanh")))
print(nn.init.xavier_normal_(torch.empty(4, 3)))
