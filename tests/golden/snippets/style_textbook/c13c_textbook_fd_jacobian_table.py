import torch
from torch.autograd.functional import jacobian


def f(v):
    x, y, z = v[0], v[1], v[2]
    return torch.stack([x * y * z, torch.sin(x) + y ** 2, torch.exp(z) * x])


p = torch.tensor([0.5, -1.25, 0.75], dtype=torch.float64)
J = jacobian(f, p)
print("autograd Jacobian:\n", J)

for h in [1e-1, 1e-3, 1e-5, 1e-7, 1e-9]:
    cols = []
    for k in range(3):
        e = torch.zeros(3, dtype=torch.float64)
        e[k] = h
        cols.append((f(p + e) - f(p - e)) / (2 * h))
    J_fd = torch.stack(cols, dim=1)
    err = (J_fd - J).abs().max().item()
    print(f"h={h:.0e}  max error {err:.2e}")
