# torch.utils.checkpoint.checkpoint with use_reentrant=False gives the same gradients
import torch
from torch.utils.checkpoint import checkpoint

torch.manual_seed(0)
layer = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
x = torch.randn(3, 4, requires_grad=True)
checkpoint(layer, x, use_reentrant=False).sum().backward()
g1 = x.grad.clone()
x.grad = None
layer(x).sum().backward()
print(torch.allclose(g1, x.grad), g1)
