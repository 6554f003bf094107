# functional_call with a params dict, differentiating w.r.t. the input
import torch
import torch.nn as nn
from torch.func import functional_call, grad, vmap

torch.manual_seed(3)
net = nn.Sequential(nn.Linear(1, 6), nn.Tanh(), nn.Linear(6, 1)).to(torch.float64)
params = {k: v.detach() for k, v in net.named_parameters()}
print(list(params))
def u(p, x):
    return functional_call(net, p, (x.unsqueeze(0),)).squeeze()
x = torch.linspace(0, 1, 4, dtype=torch.float64)
ux = vmap(grad(u, argnums=1), in_dims=(None, 0))(params, x)
print(ux.shape, ux.dtype)
ux_ref = torch.stack([torch.autograd.grad(net(xi.view(1, 1)).sum(), xi)[0] for xi in x.clone().requires_grad_(True).unbind()])
print(torch.allclose(ux, ux_ref))
