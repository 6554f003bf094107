import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
flat = parameters_to_vector(model.parameters())
print(flat.shape, flat.requires_grad, type(flat.grad_fn).__name__)
direction = torch.ones_like(flat) * 0.01
vector_to_parameters(flat.detach() + direction, model.parameters())
print(model[1].bias.data)
x = torch.randn(4, 2)
loss = model(x).pow(2).mean()
grads = torch.autograd.grad(loss, list(model.parameters()))
gvec = torch.cat([g.reshape(-1) for g in grads])
print(gvec.shape, f"{gvec.norm().item():.5f}")
