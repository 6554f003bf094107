# Activation functions side by side on a grid, with their derivatives from autograd.
import torch
import torch.nn.functional as F

x = torch.linspace(-3, 3, 7, requires_grad=True)
acts = {'relu': F.relu, 'leaky': lambda t: F.leaky_relu(t, 0.1), 'elu': F.elu, 'softplus': F.softplus,
        'gelu': F.gelu, 'silu': F.silu, 'mish': F.mish, 'hardtanh': F.hardtanh}
for name, fn in acts.items():
    y = fn(x)
    g, = torch.autograd.grad(y.sum(), x)
    print(f'{name:9s}', y.detach(), g)
