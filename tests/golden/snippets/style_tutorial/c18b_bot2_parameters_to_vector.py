"""Flattening all parameters into one vector (useful for e.g. weight averaging)."""
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
flat = parameters_to_vector(net.parameters())
print(f"{flat.numel()} numbers:", flat)
vector_to_parameters(torch.arange(float(flat.numel())), net.parameters())
print(net[0].weight, net[1].bias, sep="\n")
