# Sensitivity of a damped-spring energy to the damping constant with forward-mode dual numbers.
import torch
import torch.autograd.forward_ad as fwAD

c0 = torch.tensor(0.3, dtype=torch.float64)
times = torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64)
with fwAD.dual_level():
    c = fwAD.make_dual(c0, torch.tensor(1.0, dtype=torch.float64))
    amplitude = torch.exp(-c * times)
    energy = 0.5 * amplitude ** 2
    out = fwAD.unpack_dual(energy)
print(out.primal.round(decimals=6))
print(out.tangent.round(decimals=6))
print((-times * torch.exp(-2 * c0 * times)).round(decimals=6))
