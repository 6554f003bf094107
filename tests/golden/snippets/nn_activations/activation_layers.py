# The activation layers beyond ReLU: their reprs, values, nodes and gradients.
import torch
import torch.nn as nn

x = torch.tensor([-3.5, -1.25, -0.5, 0.0, 0.75, 2.0, 4.5], requires_grad=True)
layers = [nn.SiLU(), nn.ELU(), nn.ELU(alpha=0.5), nn.CELU(alpha=2.0),
          nn.SELU(), nn.Mish(), nn.Hardtanh(), nn.Hardtanh(-2, 2), nn.ReLU6(), nn.Hardsigmoid(),
          nn.Hardswish(), nn.LogSigmoid(), nn.Softsign(), nn.Tanhshrink(), nn.Softshrink(),
          nn.Hardshrink(0.6), nn.Threshold(0.1, 20), nn.PReLU()]
for layer in layers:
    y = layer(x)
    (g,) = torch.autograd.grad(y.sum(), x)
    print(layer, y.grad_fn.name())
    print(y)
    print(g)
