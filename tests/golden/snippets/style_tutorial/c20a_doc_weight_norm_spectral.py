# nn.utils.parametrizations.weight_norm / spectral_norm / orthogonal on a Linear
import torch
import torch.nn as nn
from torch.nn.utils import parametrizations

torch.manual_seed(0)
m = parametrizations.weight_norm(nn.Linear(4, 3))
print(m)
print(m.parametrizations.weight.original0.shape, m.parametrizations.weight.original1.shape)
print(torch.allclose(m.weight.norm(dim=1), m.parametrizations.weight.original0.squeeze()))
s = parametrizations.spectral_norm(nn.Linear(4, 4))
print(torch.linalg.matrix_norm(s.weight, 2) < 1.01)
o = parametrizations.orthogonal(nn.Linear(3, 3))
print(torch.dist(o.weight.T @ o.weight, torch.eye(3)) < 1e-5)
