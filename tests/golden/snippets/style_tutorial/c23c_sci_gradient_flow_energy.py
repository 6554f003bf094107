# Gradient flow decreases energy monotonically: record the sequence and check.
import torch

x = torch.tensor([2.0, -1.0], dtype=torch.float64, requires_grad=True)
energies = []
for _ in range(20):
    E = x[0] ** 2 + 3 * x[1] ** 2 + x[0] * x[1]
    energies.append(E.item())
    (g,) = torch.autograd.grad(E, x)
    with torch.no_grad():
        x -= 0.1 * g
t = torch.tensor(energies)
print(t.dtype, (t[1:] <= t[:-1]).all().item())
print([round(e, 5) for e in energies[:4]])
print(x.detach().round(decimals=5))
