# Sparsity of a whole model from one flattened vector
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector

torch.manual_seed(61)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
with torch.no_grad():
    for p in net.parameters():
        p[p.abs() < 0.3] = 0
vec = parameters_to_vector(net.parameters())
print(vec.numel(), int((vec == 0).sum()))
print(f"{(vec == 0).float().mean().item():.3f}")
print(torch.count_nonzero(net[0].weight, dim=1))
