# weight_norm as a parametrization: original0 (g) and original1 (v), WeightNormInterfaceBackward0, gradients, assignment, removal.
import torch, torch.nn as nn
from torch.nn.utils import parametrizations, parametrize
torch.manual_seed(0)
m = parametrizations.weight_norm(nn.Linear(4, 3))
print(m.weight)
print(m.parametrizations.weight.original0, m.parametrizations.weight.original1.grad_fn, type(m.parametrizations.weight.original0).__name__)
print(m.parametrizations.weight[0], m.parametrizations.weight[0].dim)
c = parametrizations.weight_norm(nn.Conv2d(2, 3, 2), dim=None)
print(c.parametrizations.weight.original0.shape, c.weight.grad_fn)
m2 = parametrizations.weight_norm(nn.Linear(4, 3), name="weight", dim=1)
print(m2.parametrizations.weight.original0.shape)
x = torch.randn(5, 4)
m(x).pow(2).sum().backward()
print(m.parametrizations.weight.original0.grad.flatten(), m.parametrizations.weight.original1.grad)
print(m.state_dict().keys())
with torch.no_grad():
    m.weight = torch.ones(3, 4)
print(m.parametrizations.weight.original0.flatten(), m.weight)
parametrize.remove_parametrizations(m, "weight")
print(m, m.weight)
