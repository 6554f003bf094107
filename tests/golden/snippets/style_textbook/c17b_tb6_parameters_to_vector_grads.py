# Flattening parameters and their gradients into single vectors.
import torch
from torch import nn
from torch.nn import utils

torch.manual_seed(0)
tiny = nn.Linear(2, 2)
flat = utils.parameters_to_vector(tiny.parameters())
print(flat.shape, flat.requires_grad, flat.grad_fn.__class__.__name__)
tiny(torch.ones(1, 2)).sum().backward()
flat_grads = torch.cat([q.grad.flatten() for q in tiny.parameters()])
print(flat_grads)
utils.vector_to_parameters(torch.arange(6.0), tiny.parameters())
print(tiny.weight, tiny.bias)
