# Logistic growth y' = r y (1 - y/K): RK4 vs the closed-form solution.
import torch

r, K, y0, h = 0.8, 10.0, 0.5, 0.25
f = lambda y: r * y * (1 - y / K)
y = torch.tensor(y0, dtype=torch.float64)
for _ in range(40):
    k1 = f(y); k2 = f(y + h * k1 / 2); k3 = f(y + h * k2 / 2); k4 = f(y + h * k3)
    y = y + h * (k1 + 2 * k2 + 2 * k3 + k4) / 6
T = torch.tensor(40 * h, dtype=torch.float64)
exact = K / (1 + (K / y0 - 1) * torch.exp(-r * T))
print(f"{y.item():.10f}")
print(f"{exact.item():.10f}")
