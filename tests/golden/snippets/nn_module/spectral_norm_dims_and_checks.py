# spectral_norm on other dims, the checks on its arguments, buffers updated in place, two forward
# calls before one backward, and assigning a new weight through the parametrization.
import torch
import torch.nn as nn
from torch.nn.utils import parametrizations

torch.manual_seed(5)
lin = parametrizations.spectral_norm(nn.Linear(3, 4), dim=1)
sn = lin.parametrizations.weight[0]
print(sn, sn.dim, sn.eps, sn._u.shape, sn._v.shape)
held = sn._u
before = held.clone()
lin(torch.ones(2, 3))
print(held is sn._u, torch.equal(held, before), held.norm().round(decimals=4))
lin2 = parametrizations.spectral_norm(nn.Linear(3, 2), dim=-1, n_power_iterations=3)
print(lin2.parametrizations.weight[0].dim, lin2.parametrizations.weight[0].n_power_iterations)
print(list(lin2.state_dict().keys()))
x = torch.ones(1, 3)
loss = lin2(x).sum() - lin2(2 * x).sum()
loss.backward()
print(lin2.parametrizations.weight.original.grad.shape, lin2.weight.grad_fn)
with torch.no_grad():
    lin2.weight = torch.eye(2, 3)
print(lin2.parametrizations.weight.original)
lin2.eval()
print(lin2.weight.round(decimals=4))
vec = parametrizations.spectral_norm(nn.Linear(2, 3), name="bias")
print(hasattr(vec.parametrizations.bias[0], "n_power_iterations"), list(vec.parametrizations.bias[0].named_buffers()))
for args in ((nn.Linear(2, 2), "weight", 1, 1e-12, 2), (nn.Linear(2, 2), "weight", 1, 1e-12, -3),
             (nn.Linear(2, 2), "weight", 0), (nn.Conv2d(1, 1, 1), "bias", -1)):
    try:
        parametrizations.spectral_norm(*args)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
