# What autograd returns exactly at the kink.
import torch
import torch.nn.functional as F

z = torch.tensor([-1.0, 0.0, 1.0], requires_grad=True)
for name, fn in [('relu', torch.relu), ('abs', torch.abs), ('sign', torch.sign),
                 ('leaky', lambda t: F.leaky_relu(t, 0.1)), ('elu', F.elu),
                 ('hardtanh', lambda t: F.hardtanh(t, -1.0, 1.0)), ('relu6', F.relu6)]:
    (g,) = torch.autograd.grad(fn(z).sum(), z)
    print(name, g)
