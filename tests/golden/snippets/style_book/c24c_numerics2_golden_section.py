# Section 4.6: golden-section search for a 1-D minimum
import torch

f = lambda t: (t - 1.3) * (t - 1.3) + 0.5
phi = (5 ** 0.5 - 1) / 2
a, b = torch.tensor(0.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
for it in range(40):
    c = b - phi * (b - a)
    d = a + phi * (b - a)
    if f(c) < f(d):
        b = d
    else:
        a = c
print(f"{((a + b) / 2).item():.8f}", f"{(b - a).item():.2e}")
