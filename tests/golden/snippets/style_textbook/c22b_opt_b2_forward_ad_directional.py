import torch
import torch.autograd.forward_ad as fwAD

# directional derivative of a loss along a search direction, forward mode vs reverse mode
def energy(q):
    return torch.logsumexp(q, 0) + 0.5 * q.square().sum()


q0 = torch.tensor([0.2, -0.4, 1.1])
direction = torch.tensor([-1.0, 0.5, 0.0])
with fwAD.dual_level():
    packed = fwAD.make_dual(q0, direction)
    value = energy(packed)
    unpacked = fwAD.unpack_dual(value)
print(f"{unpacked.primal.item():.6f} {unpacked.tangent.item():.6f}")
qr = q0.clone().requires_grad_()
(slope,) = torch.autograd.grad(energy(qr), qr)
print(f"{(slope @ direction).item():.6f}")
