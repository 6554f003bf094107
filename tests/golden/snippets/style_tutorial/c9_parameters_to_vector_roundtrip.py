# Flattening all parameters into one vector and back (parameters_to_vector / vector_to_parameters).
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
vec = parameters_to_vector(model.parameters())
print(vec.shape, vec.requires_grad, vec.grad_fn.name())
print(vec[:6])
new = torch.arange(vec.numel(), dtype=torch.float32) / 100
vector_to_parameters(new, model.parameters())
print(model[0].weight)
print(model[2].bias)
x = torch.ones(1, 3)
out = model(x)
print(out)
grads = torch.autograd.grad(out.sum(), list(model.parameters()))
flat_grad = torch.cat([g.reshape(-1) for g in grads])
print(flat_grad.shape, flat_grad.norm())
try:
    vector_to_parameters(new[:-1], model.parameters())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    parameters_to_vector(torch.ones(3))
except TypeError as e:
    print("TypeError:", e)
