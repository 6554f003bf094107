# 1-D heat equation with explicit finite differences; Laplacian by roll, periodic boundary.
import torch

n, alpha, dt = 8, 1.0, 0.1
u = torch.zeros(n, dtype=torch.float64)
u[3:5] = 1.0
total0 = u.sum().item()
for _ in range(10):
    lap = torch.roll(u, 1) - 2 * u + torch.roll(u, -1)
    u = u + alpha * dt * lap
print(u.round(decimals=4))
print(abs(u.sum().item() - total0) < 1e-12, u.max().item() < 1)
print(torch.roll(torch.arange(5), 2), torch.roll(torch.arange(6).view(2, 3), 1, dims=1))
