# Section 9.1: Horner's rule on a tensor of points
import torch

coeffs = [2.0, -3.0, 0.0, 5.0]  # 2x^3 - 3x^2 + 5


def horner(cs, x):
    acc = torch.zeros_like(x)
    for c in cs:
        acc = acc * x + c
    return acc


x = torch.linspace(-1, 2, 7, dtype=torch.float64)
print(horner(coeffs, x))
print(2 * x * x * x - 3 * x * x + 5)
print(torch.equal(horner(coeffs, x), 2 * x * x * x - 3 * x * x + 5))
