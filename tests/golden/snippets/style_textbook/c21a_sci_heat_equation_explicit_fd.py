# Explicit finite differences for u_t = u_xx with fixed ends; stable if r <= 1/2.
import math
import torch

nx, r = 11, 0.4
x = torch.linspace(0, 1, nx, dtype=torch.float64)
dx = x[1] - x[0]
dt = r * dx ** 2
u = torch.sin(math.pi * x)
steps = 50
for _ in range(steps):
    u[1:-1] = u[1:-1] + r * (u[2:] - 2 * u[1:-1] + u[:-2])
exact = math.exp(-math.pi ** 2 * steps * dt.item()) * torch.sin(math.pi * x)
print(u.round(decimals=5))
print(f"max err {(u - exact).abs().max().item():.2e}")
