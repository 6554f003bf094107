# flattening a generator's parameters (for a penalty or a hypernetwork)
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(124)
G = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1))
v = parameters_to_vector(G.parameters())
print(v.shape, v.requires_grad)
vector_to_parameters(torch.zeros_like(v), G.parameters())
print(G[2].bias, G[0].weight.abs().sum())
