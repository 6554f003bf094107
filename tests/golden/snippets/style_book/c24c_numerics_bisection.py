# Section 3.3: bisection, no derivative needed
import torch

f = lambda t: t * t * t - 2 * t - 5
a, b = torch.tensor(2.0, dtype=torch.float64), torch.tensor(3.0, dtype=torch.float64)
for i in range(40):
    m = (a + b) / 2
    if f(a) * f(m) <= 0:
        b = m
    else:
        a = m
print(f"{m.item():.10f}", i + 1)
print(torch.sign(f(torch.tensor([2.0, 3.0]))))
