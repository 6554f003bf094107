# GELU, exact and with the tanh approximation: values, node and gradient.
import torch
import torch.nn as nn

x = torch.tensor([-3.5, -1.25, -0.5, 0.0, 0.75, 2.0, 4.5], requires_grad=True)
for layer in [nn.GELU(), nn.GELU(approximate='tanh')]:
    y = layer(x)
    (g,) = torch.autograd.grad(y.sum(), x)
    print(layer, y.grad_fn.name())
    print(y)
    print(g)
