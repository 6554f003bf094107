# Subgradients PyTorch picks at non-differentiable points.
import torch

pts = torch.tensor([-0.5, 0.0, 1.0], requires_grad=True)
for name, op in (('abs', torch.abs), ('relu', torch.relu), ('sign', torch.sign),
                 ('clamp', lambda t: t.clamp(0.0, 1.0)), ('hardtanh', torch.nn.functional.hardtanh),
                 ('leaky', lambda t: torch.nn.functional.leaky_relu(t, 0.1))):
    pts.grad = None
    op(pts).sum().backward()
    print(name, pts.grad)
