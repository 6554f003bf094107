# torch.nn.utils.parametrizations: weight_norm, orthogonal and spectral_norm on small layers.
import torch
import torch.nn as nn
from torch.nn.utils import parametrizations as PZ

torch.manual_seed(0)
lin = PZ.weight_norm(nn.Linear(3, 2))
print(lin)
print(lin.parametrizations.weight.original0, lin.parametrizations.weight.original1)
print(lin.weight, lin.weight.norm(dim=1))
x = torch.randn(4, 3)
lin(x).sum().backward()
print(lin.parametrizations.weight.original0.grad)
orth = PZ.orthogonal(nn.Linear(3, 3))
Q = orth.weight
print(torch.allclose(Q @ Q.T, torch.eye(3), atol=1e-5))
sn = PZ.spectral_norm(nn.Linear(4, 3))
print(torch.linalg.matrix_norm(sn.weight, 2) < 1.5, sorted(k for k in sn.state_dict().keys()))
