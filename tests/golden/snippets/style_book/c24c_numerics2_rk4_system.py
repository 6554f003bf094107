# Section 12.2: RK4 on the harmonic oscillator, state as a tensor
import torch


def rhs(s):
    return torch.stack([s[1], -s[0]])


s = torch.tensor([1.0, 0.0], dtype=torch.float64)
h = 0.1
for k in range(10):
    k1 = rhs(s)
    k2 = rhs(s + h / 2 * k1)
    k3 = rhs(s + h / 2 * k2)
    k4 = rhs(s + h * k3)
    s = s + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
print(s.tolist())
print(f"{(s * s).sum().item():.12f}")
