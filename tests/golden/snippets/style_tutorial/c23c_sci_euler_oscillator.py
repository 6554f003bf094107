# Explicit Euler vs symplectic Euler on a harmonic oscillator: energy drift.
import torch

dt, n = 0.1, 50
x, v = torch.tensor(1.0, dtype=torch.float64), torch.tensor(0.0, dtype=torch.float64)
xs, vs = x.clone(), v.clone()
for _ in range(n):
    x, v = x + dt * v, v - dt * x
    vs = vs - dt * xs
    xs = xs + dt * vs
E = 0.5 * (x ** 2 + v ** 2)
Es = 0.5 * (xs ** 2 + vs ** 2)
print(f"{E.item():.6f}", f"{Es.item():.6f}")
print(E > 0.5, abs(Es.item() - 0.5) < 0.05)
