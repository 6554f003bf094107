import torch
from torch import nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(30)
net = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
flat = parameters_to_vector(net.parameters())
print(flat.shape, flat.requires_grad, flat.grad_fn.name())
new = torch.arange(flat.numel(), dtype=torch.float32)
vector_to_parameters(new, net.parameters())
print(net[0].bias, net[2].weight)
print(net[0].weight.requires_grad, net[0].weight.is_leaf)
try:
    vector_to_parameters(new[:-1], net.parameters())
except Exception as e:
    print(type(e).__name__, e)
try:
    vector_to_parameters([1.0], net.parameters())
except Exception as e:
    print(type(e).__name__, e)
