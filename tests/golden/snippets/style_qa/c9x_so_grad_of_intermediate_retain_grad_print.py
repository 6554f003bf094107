# Q: print the gradient of a hidden layer's output: retain_grad(), register_hook, or autograd.grad.
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
x = torch.randn(2, 3)
h = net[1](net[0](x))
h.retain_grad()
out = net[2](h).sum()
grads = {}
h.register_hook(lambda g: grads.setdefault("h", g.clone()))
out.backward(retain_graph=True)
print(h.grad)
print(torch.equal(h.grad, grads["h"]))
g, = torch.autograd.grad(out, h)
print(torch.equal(g, h.grad), h.is_leaf, h.requires_grad)
print(net[0].weight.grad.shape, x.grad)
try:
    torch.autograd.grad(out, x)
except RuntimeError as e:
    print("RuntimeError:", e)
