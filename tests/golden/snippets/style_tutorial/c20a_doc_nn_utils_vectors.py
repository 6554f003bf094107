# nn.utils.parameters_to_vector / vector_to_parameters
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(0)
model = nn.Linear(3, 2)
vec = parameters_to_vector(model.parameters())
print(vec.shape, vec)
vector_to_parameters(torch.arange(8.), model.parameters())
print(model.weight, model.bias)
