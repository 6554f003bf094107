# Derivatives of sin, one after another, with create_graph.
import torch

x = torch.tensor(0.7, requires_grad=True)
f = torch.sin(x)
ds = []
g = f
for k in range(4):
    (g,) = torch.autograd.grad(g, x, create_graph=True)
    ds.append(g)
for k, d in enumerate(ds, 1):
    print(k, round(d.item(), 6), d.grad_fn.__class__.__name__)
