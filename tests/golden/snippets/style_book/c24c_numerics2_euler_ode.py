# Section 12.1: explicit Euler for y' = -2y, y(0) = 1
import torch

for n in (4, 8, 16, 32):
    h = 1.0 / n
    y = torch.tensor(1.0, dtype=torch.float64)
    for _ in range(n):
        y = y + h * (-2.0 * y)
    print(n, f"{y.item():.10f}")
