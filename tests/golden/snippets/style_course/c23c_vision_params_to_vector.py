# Flattening all parameters into one vector and back (parameters_to_vector / vector_to_parameters).
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 2, 2), nn.BatchNorm2d(2))
vec = parameters_to_vector(net.parameters())
print(vec.shape, vec.requires_grad, vec.grad_fn.name())
vector_to_parameters(torch.arange(vec.numel(), dtype=torch.float32), net.parameters())
print(net[0].weight.flatten().tolist(), net[0].bias.tolist())
print(net[1].weight, net[1].bias)
