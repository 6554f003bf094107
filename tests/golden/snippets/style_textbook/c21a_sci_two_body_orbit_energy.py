# Two-body problem (reduced) with velocity Verlet: energy and angular momentum drift.
import torch

r = torch.tensor([1.0, 0.0], dtype=torch.float64)
v = torch.tensor([0.0, 1.2], dtype=torch.float64)
dt = 0.01
acc = lambda r: -r / r.norm() ** 3
E0 = 0.5 * v @ v - 1 / r.norm()
L0 = r[0] * v[1] - r[1] * v[0]
for _ in range(2000):
    v = v + 0.5 * dt * acc(r)
    r = r + dt * v
    v = v + 0.5 * dt * acc(r)
E = 0.5 * v @ v - 1 / r.norm()
L = r[0] * v[1] - r[1] * v[0]
print(f"E0 {E0.item():.6f} E {E.item():.6f}")
print(f"L0 {L0.item():.6f} L {L.item():.6f}")
