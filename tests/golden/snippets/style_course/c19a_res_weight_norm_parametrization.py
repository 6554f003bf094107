# weight normalisation as a parametrization: original0 (g) and original1 (v)
import torch
from torch.nn.utils.parametrizations import weight_norm
torch.manual_seed(13)
lin = weight_norm(torch.nn.Linear(3, 2))
print([n for n, _ in lin.named_parameters()])
g = lin.parametrizations.weight.original0
v = lin.parametrizations.weight.original1
print(g.shape, v.shape)
print(torch.allclose(lin.weight, g * v / v.norm(dim=1, keepdim=True)))
lin(torch.randn(4, 3)).sum().backward()
print(g.grad.squeeze())
print(type(lin).__name__)
