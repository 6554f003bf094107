# L2 attack step: normalise the gradient per example, then project back onto the L2 ball
import torch

g = torch.tensor([[3.0, 4.0], [0.0, -2.0], [1e-12, 0.0]])
norms = g.norm(p=2, dim=1, keepdim=True)
print(norms)
step = g / (norms + 1e-10)
print(step)
delta = 0.5 * step + torch.tensor([[0.4, 0.4], [0.1, 0.0], [0.0, 0.0]])
dn = delta.norm(dim=1, keepdim=True)
factor = torch.clamp(0.6 / dn, max=1.0)
print(dn)
print(factor)
print(delta * factor)
