# parametrizations.spectral_norm: original weight lives under parametrizations
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm

torch.manual_seed(26)
conv = spectral_norm(nn.Conv2d(1, 2, 3))
print(conv)
print([n for n, _ in conv.named_parameters()])
print(conv.parametrizations.weight.original.shape)
print(conv.weight.shape)
print(torch.nn.utils.parametrize.is_parametrized(conv))
