# Activation functions tour: values and gradients of GELU (both forms), SiLU, Mish, Hardswish, ELU, Softplus.
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7, requires_grad=True)
acts = [nn.GELU(), nn.GELU(approximate="tanh"), nn.SiLU(), nn.Mish(), nn.Hardswish(), nn.ELU(alpha=0.5),
        nn.Softplus(beta=2.0), nn.LeakyReLU(0.1), nn.Hardsigmoid(), nn.Tanhshrink(), nn.Softsign()]
for act in acts:
    y = act(x)
    (g,) = torch.autograd.grad(y.sum(), x)
    print(act)
    print(y.detach())
    print(g)
print(F.relu6(x * 3), F.hardtanh(x, -1.5, 1.5))
print(F.glu(torch.arange(8.0).view(2, 4)), F.logsigmoid(x))
