# Velocity Verlet (leapfrog) for a mass on a spring keeps the energy bounded.
import torch

k, m, dt = 4.0, 1.0, 0.05
x = torch.tensor(1.0, dtype=torch.float64)
v = torch.tensor(0.0, dtype=torch.float64)
energies = []
for step in range(400):
    a = -k / m * x
    v_half = v + 0.5 * dt * a
    x = x + dt * v_half
    v = v_half + 0.5 * dt * (-k / m * x)
    energies.append(0.5 * m * v ** 2 + 0.5 * k * x ** 2)
E = torch.stack(energies)
print(f"E0 {E[0].item():.6f}  min {E.min().item():.6f}  max {E.max().item():.6f}")
print(f"x {x.item():.6f} v {v.item():.6f}")
