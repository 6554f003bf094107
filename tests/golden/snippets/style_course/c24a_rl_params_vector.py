# Flattening a policy into one vector (as in TRPO / evolution strategies)
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(15)
pi = nn.Sequential(nn.Linear(3, 2), nn.Tanh(), nn.Linear(2, 1))
vec = parameters_to_vector(pi.parameters())
print(vec.shape, vec.requires_grad, vec.grad_fn.name())
new = torch.arange(vec.numel(), dtype=torch.float32)
vector_to_parameters(new, pi.parameters())
print(pi[0].weight)
print(pi[2].bias)
try:
    vector_to_parameters(new[:5], pi.parameters())
except RuntimeError as e:
    print(e)
