# glorot init of GCN weights and zero bias, checked by bounds
import math
import torch
import torch.nn as nn

torch.manual_seed(112)
W = nn.Parameter(torch.empty(16, 4))
nn.init.xavier_uniform_(W)
bound = math.sqrt(6.0 / (16 + 4))
print(W.abs().max() <= bound, W.shape)
b = nn.Parameter(torch.empty(4))
nn.init.zeros_(b)
print(b)
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("leaky_relu", 0.2))
