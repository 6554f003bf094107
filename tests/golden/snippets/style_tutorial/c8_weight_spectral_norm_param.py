# Weight normalisation and spectral normalisation through torch.nn.utils.parametrizations.
import torch
import torch.nn as nn
from torch.nn.utils import parametrizations, parametrize

torch.manual_seed(0)
m = parametrizations.weight_norm(nn.Linear(4, 3))
print(m)
print([n for n, _ in m.named_parameters()])
print(m.parametrizations.weight.original0.shape, m.parametrizations.weight.original1.shape)
print(m.weight.norm(dim=1), m.parametrizations.weight.original0.squeeze())
out = m(torch.randn(2, 4)).sum()
out.backward()
print(m.parametrizations.weight.original0.grad.shape)
s = parametrizations.spectral_norm(nn.Linear(5, 5))
print([n for n, _ in s.named_parameters()])
for _ in range(5):
    s(torch.randn(1, 5))
print(torch.linalg.matrix_norm(s.weight.detach(), ord=2).round(decimals=2))
print(parametrize.is_parametrized(s), parametrize.is_parametrized(nn.Linear(2, 2)))
