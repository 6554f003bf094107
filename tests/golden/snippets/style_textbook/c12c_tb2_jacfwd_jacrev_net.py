# Autograd chapter: Jacobians of a small network by forward and reverse mode.
import torch
from torch.func import jacfwd, jacrev, vmap, functional_call

torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2))
x = torch.randn(3)
Jr = jacrev(net)(x)
Jf = jacfwd(net)(x)
print(Jr.shape, torch.allclose(Jr, Jf, atol=1e-6))
print(Jr)
batch = torch.randn(5, 3)
Jb = vmap(jacrev(net))(batch)
print(Jb.shape)
params = dict(net.named_parameters())
jp = jacrev(lambda p: functional_call(net, p, (x,)))(params)
print({k: tuple(v.shape) for k, v in jp.items()})
print(vmap(lambda a, b: a * b, in_dims=(0, None))(torch.arange(3.0), torch.tensor(2.0)))
print(vmap(torch.sum, in_dims=1, out_dims=0)(torch.arange(6.0).reshape(2, 3)))
