# Newton-Raphson for the intersection of a circle and a parabola, jacobian via torch.func.
import torch
from torch.func import jacfwd

def residual(z):
    return torch.stack([z[0] ** 2 + z[1] ** 2 - 1.0, z[1] - z[0] ** 2])

z = torch.tensor([0.8, 0.6], dtype=torch.float64)
history = []
for k in range(8):
    step = torch.linalg.solve(jacfwd(residual)(z), residual(z))
    z = z - step
    history.append(f"{step.norm().item():.0e}")
print(history[:5])
print(z.round(decimals=8), residual(z).abs().max() < 1e-14)
