# Damped oscillator x'' + 2 zeta w x' + w^2 x = 0 integrated with RK4; energy after each period.
import math
import torch

w, zeta, h = 2.0, 0.1, 0.01
def rhs(s):
    return torch.stack([s[1], -2 * zeta * w * s[1] - w ** 2 * s[0]])

s = torch.tensor([1.0, 0.0], dtype=torch.float64)
period = round(2 * math.pi / w / h)
for p in range(3):
    for _ in range(period):
        k1 = rhs(s); k2 = rhs(s + h / 2 * k1); k3 = rhs(s + h / 2 * k2); k4 = rhs(s + h * k3)
        s = s + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    E = 0.5 * s[1] ** 2 + 0.5 * w ** 2 * s[0] ** 2
    print(p + 1, f"{E.item():.6f}")
