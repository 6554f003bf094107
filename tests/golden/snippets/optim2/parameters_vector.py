import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
vec = parameters_to_vector(net.parameters())
print(vec.shape, vec.grad_fn)
print(vec)
vector_to_parameters(torch.arange(13.0), net.parameters())
print(net[0].weight, net[2].bias)
try:
    vector_to_parameters([1.0, 2.0], net.parameters())
except TypeError as e:
    print(type(e).__name__, e)
