# Lecture: building the Jacobian column by column with finite differences.
import torch

def f(x):
    return torch.stack([x[0] * x[1], torch.sin(x[2]) + x[0] ** 2, x.sum()])

x = torch.tensor([1.0, 2.0, 0.5], dtype=torch.float64)
eps = 1e-6
cols = []
for i in range(3):
    d = torch.zeros(3, dtype=torch.float64)
    d[i] = eps
    cols.append((f(x + d) - f(x - d)) / (2 * eps))
J_num = torch.stack(cols, dim=1)
print(J_num)
J = torch.autograd.functional.jacobian(f, x)
print(J)
print((J - J_num).abs().max())
print(torch.allclose(J, J_num, atol=1e-8))
