# nn.init examples: uniform_, normal_, constant_, xavier, kaiming, orthogonal, eye, dirac
import torch
import torch.nn as nn

torch.manual_seed(0)
w = torch.empty(3, 5)
print(nn.init.uniform_(w))
print(nn.init.normal_(w, mean=0.0, std=0.5))
print(nn.init.constant_(w, 0.3))
print(nn.init.ones_(w)[0], nn.init.zeros_(w)[0])
print(nn.init.eye_(w))
print(nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain('relu')))
print(nn.init.xavier_normal_(w))
print(nn.init.kaiming_uniform_(w, mode='fan_in', nonlinearity='relu'))
print(nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu'))
print(nn.init.trunc_normal_(w, std=0.5, a=-0.5, b=0.5))
