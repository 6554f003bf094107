# Flatten all parameters into one vector, prune it, and write it back
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(14)
model = nn.Sequential(nn.Linear(3, 2), nn.Linear(2, 1))
vec = parameters_to_vector(model.parameters())
print(vec.shape, vec.requires_grad)
thr = vec.abs().median()
pruned = torch.where(vec.abs() > thr, vec, torch.zeros_like(vec))
vector_to_parameters(pruned, model.parameters())
print((parameters_to_vector(model.parameters()) == 0).sum().item())
print(model[1].bias.shape, model[0].weight.requires_grad)
