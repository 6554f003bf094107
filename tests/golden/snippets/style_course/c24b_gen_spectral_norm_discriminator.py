# spectral_norm on a discriminator layer: parameter names change
import torch
import torch.nn as nn
from torch.nn.utils import spectral_norm

torch.manual_seed(25)
layer = spectral_norm(nn.Linear(3, 2))
print(sorted(dict(layer.named_parameters())))
print(sorted(n for n, _ in layer.named_buffers()))
print(layer.weight_u.shape, layer.weight_v.shape)
out = layer(torch.full((1, 3), 0.5))
print(out.shape, out.grad_fn.name())
print(repr(layer))
