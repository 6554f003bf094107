# Flattening a model's parameters: parameters_to_vector, an edited copy written back with vector_to_parameters.
import torch
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(1430)
net = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.Tanh(), torch.nn.Linear(2, 1))
flat = parameters_to_vector(net.parameters())
print(flat.shape, flat.requires_grad, flat.grad_fn)
print(flat)
vector_to_parameters(flat.detach() * 0 + torch.arange(flat.numel()).float() / 10, net.parameters())
print(net[0].weight, net[2].bias)
out = net(torch.ones(1, 3))
print(out)
try:
    vector_to_parameters(torch.zeros(5), net.parameters())
except Exception as e:
    print(type(e).__name__, e)
try:
    parameters_to_vector(torch.ones(3))
except Exception as e:
    print(type(e).__name__, e)
