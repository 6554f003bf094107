# HW: numerical Jacobian by finite differences, checked with assert_close
import torch


def numerical_jacobian(f, x, eps=1e-6):
    cols = []
    for i in range(x.numel()):
        d = torch.zeros_like(x)
        d.view(-1)[i] = eps
        cols.append(((f(x + d) - f(x - d)) / (2 * eps)).reshape(-1))
    return torch.stack(cols, dim=1)


f = lambda v: torch.stack([v.prod(), v.sum() ** 2])
x = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64)
num = numerical_jacobian(f, x)
ana = torch.autograd.functional.jacobian(f, x)
print(num)
torch.testing.assert_close(num, ana)
print("numerical jacobian: PASS")
